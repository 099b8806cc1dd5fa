using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// Whether two sentences report the same thing in nearly the same words: agency copy reprinted or lightly edited
/// ("25일(현지시각) … 만났다" and "25일(현지시간) … 만났다"). Compared as sets of character pairs of their letters and
/// digits, so spacing, punctuation and small edits barely count.
/// </summary>
internal static class NearDuplicates
{
    /// <summary>Share of the pairs the two have in common (Jaccard) from which they count as one.</summary>
    public const double SameShare = 0.5;

    /// <summary>Share of the shorter one's pairs found in the longer from which one counts as a cut of the other.</summary>
    public const double ContainedShare = 0.8;

    public static HashSet<string> Pairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CharacterNgrams.LetterPairs(text);
    }

    public static bool Same(HashSet<string> a, HashSet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        var union = a.Count + b.Count - common;
        return (double)common / union >= SameShare || (double)common / Math.Min(a.Count, b.Count) >= ContainedShare;
    }
}
