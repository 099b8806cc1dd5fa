using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// "When" questions: a sentence can only answer one if it says when (a number, a month or weekday, a relative day),
/// so "When did Cho Hyun meet Kallas?" is declined by an article that says where but not when.
/// </summary>
internal static partial class TimeExpressions
{
    public static bool AsksWhen(string question) => WhenQuestion().IsMatch(question);

    public static bool Mentions(string sentence) => TimeExpression().IsMatch(sentence);

    [GeneratedRegex(@"언제|며칠|몇\s*(년|월|일)|\bwhen\b|\bwhat (date|day|year|month|time)\b|\bwhich (date|day|year|month)\b|\bhow long ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenQuestion();

    [GeneratedRegex(@"\d|어제|오늘|그제|내일|이날|지난달|지난해|지난주|올해|작년|내년|이달|다음 달|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tomorrow|last (week|month|year)|next (week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeExpression();
}
