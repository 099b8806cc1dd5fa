using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Articles;

/// <summary>Finds lines that recur across many pages of one input (a dump of one site): promos, sign-up lines, section labels.</summary>
internal static class SharedBoilerplateFinder
{
    private const int MinimumPages = 5;
    private const int MinimumOccurrences = 3;
    private const int MaxKeyLength = 400;

    public static IReadOnlySet<string> Find(IReadOnlyList<string> bodies)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (bodies.Count < MinimumPages)
        {
            return result;
        }

        var threshold = Math.Max(MinimumOccurrences, bodies.Count / 100);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var keys = body.Split('\n').Select(l => RepeatedLineRule.Key(l)).Where(k => k.Length is > 0 and <= MaxKeyLength).ToHashSet();
            foreach (var key in keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in counts)
        {
            if (count >= threshold)
            {
                result.Add(key);
            }
        }

        return result;
    }
}
