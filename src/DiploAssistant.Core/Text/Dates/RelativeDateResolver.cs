namespace DiploAssistant.Core.Text.Dates;

/// <summary>
/// Finds the relative dates of a sentence and resolves them against its article's date: Korean ("이날", "3일(현지시간)",
/// "지난달 25일", "지난 10일", "내달", "지난주 금요일", "올해") and English ("yesterday", "on Monday", "last Tuesday",
/// "this week", "February 3"). Dates written in full ("2026년 2월 11일", "3 February 2026") need no resolving and are not
/// returned. Matches never overlap; they come in text order.
/// </summary>
internal static class RelativeDateResolver
{
    public static IReadOnlyList<ResolvedDate> Resolve(string text, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<ResolvedDate>();
        var taken = new List<(int Start, int End)>();
        foreach (var (start, length, date) in KoreanRelativeDates.Find(text, reference).Concat(EnglishRelativeDates.Find(text, reference)))
        {
            // Earlier finders' longer forms win ("지난달 25일" over "25일"); a span another match holds is skipped.
            if (taken.Any(t => start < t.End && t.Start < start + length))
            {
                continue;
            }

            taken.Add((start, start + length));
            if (date is not null)
            {
                found.Add(date with { Start = start, Length = length });
            }
        }

        return found.OrderBy(d => d.Start).ToList();
    }
}
