using System.Globalization;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// The day a sentence says something happened: the first day it names, written in full ("2026년 2월 11일",
/// "2025.10.30", "3 February 2026", "2026-02-11") or relative to its article's date ("지난달 25일", "3일(현지시간)",
/// "last Tuesday"). Weeks, months and years ("지난주", "올해") name no day and are passed over.
/// </summary>
internal static partial class EventDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Find(string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<(int Start, DateOnly Date)>();
        foreach (Match m in KoreanFull().Matches(sentence))
        {
            Add(found, m.Index, Number(m, "y"), Number(m, "m"), Number(m, "d"));
        }

        foreach (Match m in Numeric().Matches(sentence))
        {
            Add(found, m.Index, Number(m, "y"), Number(m, "m"), Number(m, "d"));
        }

        foreach (Match m in EnglishFull().Matches(sentence))
        {
            var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            Add(found, m.Index, Number(m, "y"), month, Number(m, "d"));
        }

        if (published is { } reference)
        {
            found.AddRange(RelativeDateResolver.Resolve(sentence, reference)
                .Where(d => d.Precision == DatePrecision.Day)
                .Select(d => (d.Start, d.Date)));
        }

        return found.Count == 0 ? null : found.MinBy(f => f.Start).Date;
    }

    private static void Add(List<(int, DateOnly)> found, int start, int year, int month, int day)
    {
        if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            found.Add((start, new DateOnly(year, month, day)));
        }
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<y>\d{4})\s*년\s*(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일")]
    private static partial Regex KoreanFull();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})(?:-(?<m>\d{1,2})-(?<d>\d{1,2})|\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})|/(?<m>\d{1,2})/(?<d>\d{1,2}))(?![\d])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?\s+(?<y>\d{4}))\b")]
    private static partial Regex EnglishFull();
}
