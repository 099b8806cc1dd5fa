using System.Text;
using System.Text.RegularExpressions;

namespace DiploAssistant.Bot.Teams;

/// <summary>
/// Article text is data, never markup. Teams and Web Chat render reply text and citation previews as markdown (with some
/// HTML), so before quoting an article we escape what could become live: HTML tags (<c>&lt;script&gt;</c>, <c>&lt;img onerror&gt;</c>),
/// markdown links and images (<c>[x](javascript:…)</c>), autolinks, reference definitions, emphasis and code spans. Plain-text fields lose their tags.
/// </summary>
internal static partial class SafeMarkup
{
    /// <summary>Markdown text where only the citation markers <c>[n]</c> stay live (not when they would start a link or a definition).</summary>
    public static string Answer(string? text) => Escape(text, keepCitationMarkers: true);

    /// <summary>Markdown text with nothing live: every bracket, angle bracket, backslash, emphasis and code mark escaped.</summary>
    public static string Text(string? text) => Escape(text, keepCitationMarkers: false);

    /// <summary>
    /// A plain-text field (a title, an abstract, an Adaptive Card TextBlock, which knows no HTML escapes): tags, angle
    /// brackets and control characters removed, and <c>](</c> split so no markdown link can form.
    /// </summary>
    public static string Plain(string? text)
    {
        var withoutTags = Tag().Replace(text ?? string.Empty, string.Empty);
        return string.Concat(withoutTags.Where(c => c is not ('<' or '>')).Select(c => char.IsControl(c) ? ' ' : c))
            .Replace("](", "] (", StringComparison.Ordinal);
    }

    private static string Escape(string? text, bool keepCitationMarkers)
    {
        var value = text ?? string.Empty;
        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (keepCitationMarkers && c == '[' && CitationMarker().Match(value, i) is { Success: true } marker && marker.Index == i)
            {
                builder.Append(marker.Value);
                i += marker.Length - 1;
                continue;
            }

            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '\\' => @"\\",
                '[' => @"\[",
                ']' => @"\]",
                '*' => @"\*",
                '_' => @"\_",
                '`' => @"\`",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    // A marker [n] not followed by "(" (an inline link) or ":" (a reference definition).
    [GeneratedRegex(@"\G\[\d{1,3}\](?![(:])")]
    private static partial Regex CitationMarker();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
