using System.Globalization;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text.Dates;

/// <summary>Writes resolved dates in full, in Korean ("2026년 2월 3일", "2026년 2월 2~8일") or English ("3 February 2026", "on 3 February 2026").</summary>
internal static class AbsoluteDateText
{
    public static string Korean(ResolvedDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Precision switch
        {
            DatePrecision.Year => $"{date.Date.Year}년",
            DatePrecision.Month => $"{date.Date.Year}년 {date.Date.Month}월",
            DatePrecision.Week => KoreanRange(date.Date, date.LastDay),
            _ => KoreanDay(date.Date),
        };
    }

    public static string English(ResolvedDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var (text, preposition) = date.Precision switch
        {
            DatePrecision.Year => (date.Date.Year.ToString(CultureInfo.InvariantCulture), "in "),
            DatePrecision.Month => (date.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture), "in "),
            DatePrecision.Week => ("the week of " + EnglishDay(date.Date), "in "),
            _ => (EnglishDay(date.Date), "on "),
        };
        return date.Adverbial ? preposition + text : text;
    }

    /// <summary>In the language of the words it replaces: Korean for "지난달 25일", English for "last Tuesday".</summary>
    public static string LikeOriginal(ResolvedDate date, string original) =>
        HangulText.ContainsSyllable(original) ? Korean(date) : English(date);

    public static string KoreanDay(DateOnly date) => $"{date.Year}년 {date.Month}월 {date.Day}일";

    public static string EnglishDay(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A publication date in a lead: "11 Feb 2026".</summary>
    public static string EnglishShortDay(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string KoreanRange(DateOnly first, DateOnly last) =>
        (first.Year == last.Year, first.Month == last.Month) switch
        {
            (true, true) => $"{first.Year}년 {first.Month}월 {first.Day}~{last.Day}일",
            (true, false) => $"{first.Year}년 {first.Month}월 {first.Day}일~{last.Month}월 {last.Day}일",
            _ => $"{KoreanDay(first)}~{KoreanDay(last)}",
        };
}
