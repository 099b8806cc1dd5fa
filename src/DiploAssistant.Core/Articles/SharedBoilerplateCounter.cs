using DiploAssistant.Core.Articles.Cleaning;

namespace DiploAssistant.Core.Articles;

/// <summary>
/// Counts, page by page, in how many pages of one input each line occurs, so that a dump read as a stream (one pass to
/// count, one to clean) finds its shared lines without holding its pages. Lines are counted by a 64-bit hash; only a line
/// seen on <see cref="MinimumOccurrences"/> pages, a candidate, is kept as text.
/// </summary>
internal sealed class SharedBoilerplateCounter
{
    private const int MinimumPages = 5;
    private const int MinimumOccurrences = 3;
    private const int MaxKeyLength = 400;

    private readonly Dictionary<ulong, int> _counts = [];
    private readonly Dictionary<ulong, string> _candidates = [];
    private int _pages;

    public void Add(string body)
    {
        _pages++;
        var seen = new HashSet<ulong>();
        foreach (var line in body.Split('\n'))
        {
            var key = RepeatedLineRule.Key(line);
            if (key.Length is 0 or > MaxKeyLength)
            {
                continue;
            }

            var hash = Hash(key);
            if (!seen.Add(hash))
            {
                continue;
            }

            var count = _counts[hash] = _counts.GetValueOrDefault(hash) + 1;
            if (count == MinimumOccurrences)
            {
                _candidates[hash] = key;
            }
        }
    }

    /// <summary>Lines on at least 1 % of the pages (and at least three), once five pages or more were counted.</summary>
    public IReadOnlySet<string> Find()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (_pages < MinimumPages)
        {
            return result;
        }

        var threshold = Math.Max(MinimumOccurrences, _pages / 100);
        foreach (var (hash, key) in _candidates)
        {
            if (_counts[hash] >= threshold)
            {
                result.Add(key);
            }
        }

        return result;
    }

    // FNV-1a over the UTF-16 code units, 64 bits: collisions among a dump's distinct lines are negligible.
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
