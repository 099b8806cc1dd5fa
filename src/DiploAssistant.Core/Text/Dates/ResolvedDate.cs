namespace DiploAssistant.Core.Text.Dates;

/// <summary>A relative date expression found in text and the absolute date it names.</summary>
/// <param name="Start">Offset of the expression in the text.</param>
/// <param name="Length">Length of the expression.</param>
/// <param name="Date">The day it names; for a week its Monday, for a month or year its first day.</param>
/// <param name="Precision">Whether it names a day, a week, a month or a year.</param>
/// <param name="Adverbial">
/// An English expression that stands alone as "when" ("yesterday", "on Monday", "last week"): written absolutely it needs
/// its preposition ("on 10 February 2026", "in the week of 2 February 2026"); "February 3" does not ("3 February 2026").
/// </param>
internal sealed record ResolvedDate(int Start, int Length, DateOnly Date, DatePrecision Precision, bool Adverbial)
{
    public int End => Start + Length;

    /// <summary>The last day the expression covers (the Sunday of a week, the last day of a month).</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Week => Date.AddDays(6),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        DatePrecision.Year => Date.AddYears(1).AddDays(-1),
        _ => Date,
    };
}
