using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Languages;

/// <summary>
/// The Korean ↔ Latin names the loaded articles taught: each pair an article wrote as "카야 칼라스(Kaja Kallas)" or
/// "유럽연합(EU)". Learned at ingest and rebuilt from the stored chunks when a process opens a store, so a question in
/// one script reaches articles that write the name only in the other, including names transliteration cannot reach
/// (유럽연합 ↔ EU). A whole name and its last word both count (칼라스 alone finds Kaja Kallas).
/// </summary>
public sealed partial class NameLexicon
{
    private readonly ConcurrentDictionary<NamePair, byte> _pairs = new();
    private volatile Snapshot? _snapshot;

    /// <summary>How many distinct pairs are known.</summary>
    public int Count => _pairs.Count;

    /// <summary>Adds the pairs written in <paramref name="text"/>.</summary>
    public void LearnFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var added = false;
        foreach (var pair in ParentheticalNames.Find(text))
        {
            added |= _pairs.TryAdd(pair, 0);
        }

        if (added)
        {
            _snapshot = null;
        }
    }

    /// <summary>The Korean forms of the Latin names in an English text ("Kallas met…" → 카야 칼라스).</summary>
    public IReadOnlyList<string> KoreanFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = LatinWord().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var words = new HashSet<string>(list, StringComparer.Ordinal);
        var lower = string.Join(' ', list);
        return Current().ByLatin
            .Where(entry => entry.Key.Contains(' ', StringComparison.Ordinal) ? Contains(lower, entry.Key) : words.Contains(entry.Key))
            .SelectMany(entry => entry.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The Latin forms of the Korean names in a Korean text ("칼라스 대표는…" → Kaja Kallas).</summary>
    public IReadOnlyList<string> LatinFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Current().ByKorean
            .Where(entry => text.Contains(entry.Key, StringComparison.Ordinal))
            .SelectMany(entry => entry.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool Contains(string words, string phrase)
    {
        var at = words.IndexOf(phrase, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || words[at - 1] == ' ') && (at + phrase.Length == words.Length || words[at + phrase.Length] == ' ');
    }

    private Snapshot Current()
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        var byLatin = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byKorean = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // In a fixed order: a concurrent dictionary enumerates by hash, and string hashes differ between processes, so the
        // translated question's terms (and the rounding of the scores summed over them) would too.
        var pairs = _pairs.Keys.OrderBy(p => p.Korean, StringComparer.Ordinal).ThenBy(p => p.Latin, StringComparer.Ordinal);
        foreach (var (korean, latin) in pairs.Select(p => (p.Korean, p.Latin)))
        {
            var latinKey = string.Join(' ', LatinWord().Matches(latin.ToLowerInvariant()).Select(m => m.Value));
            var latinLast = latinKey.Split(' ')[^1];
            var koreanLast = korean.Split(' ')[^1];
            foreach (var key in new[] { latinKey, latinLast }.Where(k => k.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                Add(byLatin, key, korean);
            }

            foreach (var key in new[] { korean, koreanLast }.Where(k => k.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                Add(byKorean, key, latin);
            }
        }

        snapshot = new Snapshot(byLatin, byKorean);
        _snapshot = snapshot;
        return snapshot;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var values))
        {
            map[key] = values = [];
        }

        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }

    [GeneratedRegex(@"[a-z0-9\u00E0-\u024F]+")]
    private static partial Regex LatinWord();

    private sealed record Snapshot(Dictionary<string, List<string>> ByLatin, Dictionary<string, List<string>> ByKorean);
}
