using System.Globalization;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Analysis.Timelines;

/// <summary>
/// Reads a timeline query: its framing ("timeline of", "타임라인", "연표") is dropped, a year it names ("in 2025",
/// "2025년") becomes the date range when none was given, and what is left is the topic searched for.
/// </summary>
internal static partial class TimelineQuery
{
    public static (string Topic, DateOnly? From, DateOnly? To) Read(string query, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(query);
        var topic = Framing().Replace(query, " ");
        if (Year().Match(topic) is { Success: true } year)
        {
            var y = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (from is null && to is null)
            {
                (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            }

            topic = topic.Remove(year.Index, year.Length).Insert(year.Index, " ");
        }

        topic = Spaces().Replace(topic, " ").Trim(' ', '?', '.', ',', ':', '-', '–');
        return (topic, from, to);
    }

    [GeneratedRegex(@"(?i)\b(?:a |the )?(?:timeline|time line|chronology)s?(?:\s+(?:of|for|on|about))?\b|타임\s?라인|연표|일지|(?<=\S)\s*(?:의\s*)?(?:흐름|일정)\s*(?:정리)?$|^(?:show|give|make)(?:\s+me)?\b")]
    private static partial Regex Framing();

    [GeneratedRegex(@"(?i)(?:\b(?:in|during|for|of)\s+)?(?<![\d.])(?<y>(?:19|20)\d{2})(?:\s*년(?:\s*(?:의|에|에서))?)?(?![\d.])")]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
