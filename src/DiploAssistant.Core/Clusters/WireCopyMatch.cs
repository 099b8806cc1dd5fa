namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Whether two documents are copies of one story: their texts' estimated Jaccard similarity reaches
/// <see cref="MinimumSimilarity"/> (<see cref="MinimumShortSimilarity"/> when either is shorter than
/// <see cref="ShortShingles"/> shingles: a one-word change keeps short texts alike), their numbers agree (one's are the
/// other's, up to a tenth of them in long texts: the same bulletin on another day, rate or count is not a copy), and their
/// titles share enough character bigrams that a lede repeated under different headlines (an advertorial's stock paragraph)
/// is not taken for a reprint. Conservative on purpose: a false cluster hides an article from the answers.
/// </summary>
public static class WireCopyMatch
{
    public const double MinimumSimilarity = 0.5;

    public const double MinimumShortSimilarity = 0.8;

    public const int ShortShingles = 150;

    public const double MinimumTitleOverlap = 0.25;

    public static bool AreCopies(ClusterMember first, ClusterMember second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Signature is not { } a || second.Signature is not { } b)
        {
            return false;
        }

        var required = Math.Min(a.Shingles, b.Shingles) < ShortShingles ? MinimumShortSimilarity : MinimumSimilarity;
        return a.Similarity(b) >= required
            && NumbersAgree(a.Numbers, b.Numbers)
            && TitleOverlap(first.Title, second.Title) >= MinimumTitleOverlap;
    }

    /// <summary>True when the numbers only one side has are, on the side with fewer of them, at most a tenth of all.</summary>
    public static bool NumbersAgree(IReadOnlyList<uint> first, IReadOnlyList<uint> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var shared = first.Intersect(second).Count();
        var onlyFirst = first.Count - shared;
        var onlySecond = second.Count - shared;
        var union = first.Count + second.Count - shared;
        return Math.Min(onlyFirst, onlySecond) <= union / 10;
    }

    /// <summary>Dice coefficient of the two titles' character bigrams (normalised as the texts are).</summary>
    public static double TitleOverlap(string first, string second)
    {
        var a = Bigrams(WireCopyText.Normalize(first));
        var b = Bigrams(WireCopyText.Normalize(second));
        if (a.Count == 0 || b.Count == 0)
        {
            // A title too short to compare does not veto: the texts decide.
            return 1;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 <= text.Length; i++)
        {
            bigrams.Add(text.Substring(i, 2));
        }

        return bigrams;
    }
}
