using System.Globalization;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text.Dates;

/// <summary>
/// Korean relative dates as news writes them. A bare day ("3일(현지시간)") is of the article's month unless it lies
/// after the article's day (then of the month before: an article of 2 March's "28일" is 28 February).
/// </summary>
internal static partial class KoreanRelativeDates
{
    private const string Weekdays = "일월화수목금토";

    /// <summary>Spans in order of preference (longer forms first); a null date marks a span written in full.</summary>
    public static IEnumerable<(int Start, int Length, ResolvedDate? Date)> Find(string text, DateOnly reference)
    {
        foreach (Match m in MonthDay().Matches(text))
        {
            yield return (m.Index, m.Length, MonthDayDate(m, reference));
        }

        foreach (Match m in MonthWord().Matches(text))
        {
            var month = CalendarMath.MonthStart(reference, MonthOffset(m.Groups["mw"].Value));
            yield return (m.Index, m.Length, m.Groups["d"].Success
                ? DayOf(CalendarMath.Day(month.Year, month.Month, Number(m, "d")))
                : Of(month, DatePrecision.Month));
        }

        foreach (Match m in Week().Matches(text))
        {
            var week = CalendarMath.WeekStart(reference).AddDays(7 * WeekOffset(m.Groups["w"].Value));
            yield return (m.Index, m.Length, m.Groups["wd"].Success
                ? Of(week.AddDays((Weekdays.IndexOf(m.Groups["wd"].Value[0], StringComparison.Ordinal) + 6) % 7), DatePrecision.Day)
                : Of(week, DatePrecision.Week));
        }

        foreach (Match m in Day().Matches(text))
        {
            var day = Number(m, "d");
            var date = m.Groups["p"].Value switch
            {
                "지난" => CalendarMath.DayOfMonthFrom(reference, day, forward: false),
                "오는" => CalendarMath.DayOfMonthFrom(reference, day, forward: true),
                "이번" => CalendarMath.Day(reference.Year, reference.Month, day),
                _ => CalendarMath.NearestDayOfMonth(reference, day),
            };
            yield return (m.Index, m.Length, DayOf(date));
        }

        foreach (Match m in DayWord().Matches(text))
        {
            var offset = m.Value switch
            {
                "어제" => -1,
                "그제" or "그저께" or "엊그제" => -2,
                "내일" => 1,
                "모레" => 2,
                _ => 0, // 이날, 오늘, 당일
            };
            yield return (m.Index, m.Length, Of(reference.AddDays(offset), DatePrecision.Day));
        }

        foreach (Match m in YearWord().Matches(text))
        {
            yield return (m.Index, m.Length, Of(CalendarMath.YearStart(reference, YearOffset(m.Value)), DatePrecision.Year));
        }
    }

    private static ResolvedDate? MonthDayDate(Match m, DateOnly reference)
    {
        var month = Number(m, "m");
        if (m.Groups["y"].Success)
        {
            return null; // 2026년 2월 (11일): already absolute
        }

        if (m.Groups["yw"].Success)
        {
            var year = reference.Year + YearOffset(m.Groups["yw"].Value);
            return m.Groups["d"].Success
                ? DayOf(CalendarMath.Day(year, month, Number(m, "d")))
                : CalendarMath.Day(year, month, 1) is { } first ? Of(first, DatePrecision.Month) : null;
        }

        if (m.Groups["d"].Success)
        {
            return DayOf(CalendarMath.NearestYear(reference, month, Number(m, "d")));
        }

        return CalendarMath.NearestYear(reference, month, 1) is { } start ? Of(start, DatePrecision.Month) : null;
    }

    private static int MonthOffset(string word) => word.Replace(" ", "", StringComparison.Ordinal) switch
    {
        "지난달" => -1,
        "내달" or "다음달" => 1,
        _ => 0, // 이달, 이번달
    };

    private static int WeekOffset(string word) => word.Replace(" ", "", StringComparison.Ordinal) switch
    {
        "지난주" => -1,
        "다음주" or "내주" => 1,
        _ => 0, // 이번주, 금주
    };

    private static int YearOffset(string word) => word switch
    {
        "지난해" or "작년" => -1,
        "내년" => 1,
        _ => 0, // 올해, 금년
    };

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static ResolvedDate? DayOf(DateOnly? date) => date is { } d ? Of(d, DatePrecision.Day) : null;

    private static ResolvedDate Of(DateOnly date, DatePrecision precision) => new(0, 0, date, precision, Adverbial: false);

    [GeneratedRegex(@"(?<![\d.])(?:(?<y>\d{4})\s*년\s*|(?<![" + HangulText.Syllables + @"])(?<yw>올해|금년|지난해|작년|내년)\s*)?(?<m>\d{1,2})월(?:\s*(?<d>\d{1,2})일)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![" + HangulText.Syllables + @"])(?<mw>지난\s?달|이달|이번\s?달|내달|다음\s?달)(?:\s*(?<d>\d{1,2})일)?")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"(?<![" + HangulText.Syllables + @"])(?<w>지난\s?주|이번\s?주|금주|다음\s?주|내주)(?:\s*(?<wd>[월화수목금토일])요일)?")]
    private static partial Regex Week();

    // Not a span of days ("3일간", "3일째", "3일 동안", "3일 만에", "30일 이내").
    [GeneratedRegex(@"(?:(?<![" + HangulText.Syllables + @"])(?<p>지난|오는|이번)\s*)?(?<![\d.])(?<d>[1-9]|[12]\d|3[01])일(?!간|째|\s*동안|\s*만에|\s*이내|\s*연속)")]
    private static partial Regex Day();

    [GeneratedRegex(@"(?<![" + HangulText.Syllables + @"])(?:이날|오늘(?!날)|당일|어제|그저께|엊그제|그제|내일|모레)")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"(?<![" + HangulText.Syllables + @"])(?:올해|금년|지난해|작년|내년)")]
    private static partial Regex YearWord();
}
