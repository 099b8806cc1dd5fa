using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The features <see cref="HashingEmbedder"/> hashes: Hangul 1–3-grams within each word, other words whole plus their
/// character 3–5-grams (with word boundaries), and single ideographs. Each feature kind has its own hash seed.
/// </summary>
internal static class NgramFeatureExtractor
{
    public static Dictionary<uint, int> Extract(string text)
    {
        var counts = new Dictionary<uint, int>();
        var normalized = TextRunScanner.Normalize(text);
        foreach (var run in TextRunScanner.Scan(normalized))
        {
            var span = normalized.AsSpan(run.Start, run.Length);
            switch (run.Class)
            {
                case CharacterClass.Hangul:
                    AddNgrams(span, 1, 3, seed: 0x4B4F, counts);
                    break;
                case CharacterClass.Ideograph:
                    AddNgrams(span, 1, 1, seed: 0x4A41, counts);
                    break;
                default:
                    Add(counts, Fnv1a.Hash(EnglishStemmer.Stem(span.ToString()), 0x454E));
                    var bounded = string.Concat("<", span, ">");
                    AddNgrams(bounded, 3, 5, seed: 0x4348, counts);
                    break;
            }
        }

        return counts;
    }

    private static void AddNgrams(ReadOnlySpan<char> word, int min, int max, uint seed, Dictionary<uint, int> counts)
    {
        for (var n = min; n <= max; n++)
        {
            foreach (var gram in CharacterNgrams.Of(word, n))
            {
                Add(counts, Fnv1a.Hash(gram, seed + (uint)n));
            }
        }
    }

    private static void Add(Dictionary<uint, int> counts, uint feature) =>
        counts[feature] = counts.GetValueOrDefault(feature) + 1;
}
