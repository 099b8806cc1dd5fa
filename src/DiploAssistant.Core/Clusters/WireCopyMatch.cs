using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Whether two documents are copies of one story: their texts' estimated Jaccard similarity reaches
/// <see cref="MinimumSimilarity"/> (<see cref="MinimumShortSimilarity"/> when either is shorter than
/// <see cref="ShortShingles"/> shingles: a one-word change keeps short texts alike), their numbers agree (one's are the
/// other's, up to a tenth of them in long texts: the same bulletin on another day, rate or count is not a copy), and their
/// titles share enough character bigrams that a lede repeated under different headlines (an advertorial's stock paragraph)
/// is not taken for a reprint. Conservative on purpose: a false cluster hides an article from the answers.
/// </summary>
public static partial class WireCopyMatch
{
    public const double MinimumSimilarity = 0.5;

    public const double MinimumShortSimilarity = 0.8;

    public const int ShortShingles = 150;

    public const double MinimumTitleOverlap = 0.25;

    public const int MaximumDaysApart = 7;

    public static bool AreCopies(ClusterMember first, ClusterMember second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Signature is not { } a || second.Signature is not { } b)
        {
            return false;
        }

        var required = Math.Min(a.Shingles, b.Shingles) < ShortShingles ? MinimumShortSimilarity : MinimumSimilarity;
        return WithinDays(first.Published, second.Published)
            && a.Similarity(b) >= required
            && NumbersAgree(a.Numbers, b.Numbers)
            && TitleOverlap(first.Title, second.Title) >= MinimumTitleOverlap;
    }

    /// <summary>
    /// Copies of one story appear within days of each other; pages of one outlet's template months apart (The Week's
    /// explainers, CNN's shells) are not copies however alike their texts. Undated documents are not held to it.
    /// </summary>
    public static bool WithinDays(DateOnly? first, DateOnly? second) =>
        first is not { } a || second is not { } b || Math.Abs(a.DayNumber - b.DayNumber) <= MaximumDaysApart;

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
        var a = TitleUnits(WithoutOutlet(first));
        var b = TitleUnits(WithoutOutlet(second));
        if (a.Count == 0 || b.Count == 0)
        {
            // A title too short to compare ("1.") vouches for nothing: such pages linked every page of their template.
            return a.SetEquals(b) && WithoutOutlet(first).Length > 0 && first == second ? 1 : 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>
    /// The title without the outlet a page title ends with ("… | The Week UK", "… - CNN Politics"): two stories of one
    /// outlet share it, and with the page template their texts share, it made them look like copies.
    /// </summary>
    private static string WithoutOutlet(string title)
    {
        var cut = new[] { " | ", " - ", " — ", " – " }.Select(separator => title.LastIndexOf(separator, StringComparison.Ordinal)).Max();
        return cut > 0 ? title[..cut] : title;
    }

    /// <summary>
    /// What two titles are compared by: the character bigrams of Korean words (spacing and particles vary between
    /// copies) and whole Latin words (any two English titles share half their letter pairs: "th", "in", "er").
    /// </summary>
    private static HashSet<string> TitleUnits(string title)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NotLetters().Split(title))
        {
            var normalized = WireCopyText.Normalize(word);
            if (normalized.Length == 0)
            {
                continue;
            }

            if (!normalized.Any(HangulText.IsSyllable))
            {
                units.Add(normalized);
                continue;
            }

            foreach (var pair in CharacterNgrams.Of(normalized, 2))
            {
                units.Add(pair.ToString());
            }
        }

        return units;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NotLetters();
}
