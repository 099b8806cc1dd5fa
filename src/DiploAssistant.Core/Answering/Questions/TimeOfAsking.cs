using System.Text.RegularExpressions;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// "Which automaker recalled 2.9 million vehicles this week?" asks about the days before the as-of date (today when none
/// is given): only articles from then can answer, and an older article about another recall must not. A question without
/// such words, or with its own <see cref="SearchFilters.From"/>, keeps its scope. 올해 is left alone: "올해의 책" is the book of
/// the year an article names, not the year of asking. The same words, and vaguer ones ("recently", 최근), are left out of
/// the terms an answering sentence must hold (<see cref="Without"/>).
/// </summary>
internal static partial class TimeOfAsking
{
    /// <summary>How far back "this week" and the like reach, inclusive of the as-of day (the RealTimeQA bench's window).</summary>
    public const int WeekDays = 7;

    public const int MonthDays = 31;

    /// <summary>
    /// The question without the time it is asked in ("this week", "in recent days", "recently", 이번 주): those words
    /// are relative to the day of asking, which the as-of date and the recency prior already carry, while an article says
    /// the same time relative to its own date ("on Wednesday"); held to its words, a right sentence would look weaker.
    /// </summary>
    public static string Without(string question) => AnyTimeOfAsking().Replace(question, " ");

    public static SearchFilters Scope(string question, SearchFilters filters, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.From is not null)
        {
            return filters;
        }

        var asOf = filters.LatestAllowed ?? today;
        DateOnly? from = question switch
        {
            _ when Week().IsMatch(question) => asOf.AddDays(-WeekDays),
            _ when LastWeek().IsMatch(question) => asOf.AddDays(-2 * WeekDays),
            _ when Month().IsMatch(question) => asOf.AddDays(-MonthDays),
            _ when ThisYear().IsMatch(question) => new DateOnly(asOf.Year, 1, 1),
            _ => null,
        };
        return from is null ? filters : filters with { From = from };
    }

    [GeneratedRegex(@"\b(?:(?:earlier |later )?this|last|past|coming|recent)\s+(?:week|weekend|month|year|days|weeks|months)\b|\b(?:in|over) recent (?:days|weeks|months)\b|\brecently\b|\bthis (?:morning|afternoon|evening)\b|이번\s*주|최근", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTimeOfAsking();

    [GeneratedRegex(@"\b(this|past) week(end)?\b|\bin recent days\b|\bthe past (few|several) days\b|이번\s*주|금주", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex(@"\blast week(end)?\b|지난\s*주", RegexOptions.IgnoreCase)]
    private static partial Regex LastWeek();

    [GeneratedRegex(@"\b(this|past) month\b|\bin recent weeks\b|이번\s*달|이달", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(earlier |later |so far )?this year\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();
}
