namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Whether two documents are copies of one story: their texts' estimated Jaccard similarity reaches
/// <see cref="MinimumSimilarity"/>, and their titles share enough character bigrams that a lede repeated under different
/// headlines (an advertorial's stock paragraph, a feed's standing blurb) is not taken for a reprint. Conservative on purpose:
/// a false cluster hides an article from the answers.
/// </summary>
public static class WireCopyMatch
{
    public const double MinimumSimilarity = 0.5;

    public const double MinimumTitleOverlap = 0.25;

    public static bool AreCopies(ClusterMember first, ClusterMember second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Signature is { } a && second.Signature is { } b
            && a.Similarity(b) >= MinimumSimilarity
            && TitleOverlap(first.Title, second.Title) >= MinimumTitleOverlap;
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
