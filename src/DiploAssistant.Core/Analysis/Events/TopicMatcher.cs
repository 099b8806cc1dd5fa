using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>
/// Whether a sentence is about a topic ("한-나토", "Korea–EU"): the topic's words, without the generic ones ("관계",
/// "relations", "meetings"), each matched in either language (its glossary and learned-name forms). A sentence must name
/// one of them and its article must name them all, so "위성락 실장이 나토 정상회의에서…" of an article about Korea and
/// NATO belongs to the Korea–NATO timeline while a NATO sentence of an article about Japan does not.
/// </summary>
internal sealed partial class TopicMatcher
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "관계", "관계사", "협력", "회담", "회의", "만남", "외교", "사건", "동향", "주요", "및", "과", "와",
        "relations", "relation", "relationship", "ties", "meetings", "meeting", "talks", "events", "event", "diplomacy",
        "cooperation", "and", "of", "the", "between", "with", "in", "on", "about", "key", "major",
    };

    // A one-syllable prefix as Korean headlines abbreviate countries: 한-나토, 한·EU, 한미.
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["한"] = ["한국", "대한민국", "우리나라", "korea"],
        ["한국"] = ["한국", "대한민국", "우리나라", "korea"],
        ["korea"] = ["korea", "한국", "대한민국"],
        ["미"] = ["미국", "united states", "u.s."],
        ["일"] = ["일본", "japan"],
        ["중"] = ["중국", "china"],
    };

    private readonly List<string[]> _words;

    private TopicMatcher(List<string[]> words) => _words = words;

    /// <summary>True when the topic had no distinguishing word: every dated sentence belongs.</summary>
    public bool IsEmpty => _words.Count == 0;

    public static TopicMatcher For(string topic, CrossLingualQueryExpander expander, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(expander);
        var words = new List<string[]>();
        foreach (var raw in Word().Matches(topic).Select(m => m.Value))
        {
            var word = HangulText.ContainsSyllable(raw) ? KoreanParticles.Strip(raw) : raw.ToLowerInvariant();
            if (Generic.Contains(word) || Generic.Contains(raw))
            {
                continue;
            }

            if (Abbreviations.TryGetValue(word, out var forms))
            {
                words.Add(forms);
                continue;
            }

            if (word.Length < 2)
            {
                continue;
            }

            var translated = (expander.Translate(word, names) ?? string.Empty)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(t => t.All(c => char.IsLetterOrDigit(c) || c is '-' or '.') && t.Length >= 2)
                .Select(t => t.ToLowerInvariant());
            words.Add([word, .. translated]);
        }

        return new TopicMatcher(words);
    }

    /// <summary>How many of the topic's words the text names.</summary>
    public int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        return _words.Count(forms => forms.Any(f => Contains(lower, f)));
    }

    public bool NamesAll(string text) => Count(text) == _words.Count;

    /// <summary>Latin words match whole ("eu" not inside "europe"); Korean words as they are written inside longer ones.</summary>
    private static bool Contains(string lower, string form)
    {
        if (HangulText.ContainsSyllable(form))
        {
            return lower.Contains(form, StringComparison.Ordinal);
        }

        for (var at = lower.IndexOf(form, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsAsciiLetter(lower[at - 1]);
            var end = at + form.Length;
            // English endings stay the same word: Korea → Korean, NATO → NATO's.
            var after = end == lower.Length || !char.IsAsciiLetter(lower[end])
                || (lower[end] is 'n' or 's' && (end + 1 == lower.Length || !char.IsAsciiLetter(lower[end + 1])));
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}.]+")]
    private static partial Regex Word();
}
