using System.Globalization;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Text.Dates;

/// <summary>
/// English relative dates as news writes them: "yesterday", "on Monday" (the Monday before the article, or after it when
/// the sentence speaks of what will happen), "last Tuesday", "this week", "next month", "February 3" (the year nearest the article).
/// </summary>
internal static partial class EnglishRelativeDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Spans in order of preference; a null date marks a span written in full.</summary>
    public static IEnumerable<(int Start, int Length, ResolvedDate? Date)> Find(string text, DateOnly reference)
    {
        foreach (Match m in FullDate().Matches(text))
        {
            yield return (m.Index, m.Length, null);
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            yield return (m.Index, m.Length, CalendarMath.NearestYear(reference, month, day) is { } date
                ? new ResolvedDate(0, 0, date, DatePrecision.Day, Adverbial: false)
                : null);
        }

        var future = Future().IsMatch(text);
        foreach (Match m in Weekday().Matches(text))
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
            var date = m.Groups["p"].Value.ToLowerInvariant() switch
            {
                "last" or "this past" or "past" => CalendarMath.Weekday(reference, day, forward: false, sameDayCounts: false),
                "next" or "coming" or "this coming" => CalendarMath.Weekday(reference, day, forward: true, sameDayCounts: false),
                "this" => CalendarMath.WeekStart(reference).AddDays(((int)day + 6) % 7),
                _ => CalendarMath.Weekday(reference, day, forward: future, sameDayCounts: true),
            };
            yield return (m.Index, m.Length, Adverb(date, DatePrecision.Day));
        }

        foreach (Match m in DayWord().Matches(text))
        {
            var offset = m.Value.ToLowerInvariant() switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0, // today, tonight
            };
            yield return (m.Index, m.Length, Adverb(reference.AddDays(offset), DatePrecision.Day));
        }

        foreach (Match m in Period().Matches(text))
        {
            var offset = m.Groups["p"].Value.ToLowerInvariant() switch
            {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            yield return (m.Index, m.Length, m.Groups["u"].Value.ToLowerInvariant() switch
            {
                "week" => Adverb(CalendarMath.WeekStart(reference).AddDays(7 * offset), DatePrecision.Week),
                "month" => Adverb(CalendarMath.MonthStart(reference, offset), DatePrecision.Month),
                _ => Adverb(CalendarMath.YearStart(reference, offset), DatePrecision.Year),
            });
        }
    }

    private static ResolvedDate Adverb(DateOnly date, DatePrecision precision) => new(0, 0, date, precision, Adverbial: true);

    private const string MonthName = @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    [GeneratedRegex(@"\b(?:" + MonthName + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+" + MonthName + @",?\s+\d{4})\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:" + MonthName + @"\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + MonthName + @")\b(?![:\d])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<p>(?i:this past|this coming|last|next|this|on|past|coming))\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:yesterday|today|tomorrow|tonight)\b(?!['’]s)", RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(?<p>last|this|next)\s+(?<u>week|month|year)\b(?!['’]s)", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:will|plans? to|(?:is|are) (?:set|scheduled|due|expected) to|upcoming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();
}
