using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// Where a text names a person, in either script: the name as asked, the other-script forms the articles taught
/// (카야 칼라스(Kaja Kallas)), the last word of a Latin name (Kallas), and names that sound the same across scripts
/// (위성락 ↔ Wi Sung-lac, by <see cref="PhoneticKey"/>).
/// </summary>
internal sealed partial class NameForms
{
    private readonly List<string> _forms;
    private readonly List<string> _keys;
    private readonly bool _korean;

    private NameForms(List<string> forms, List<string> keys, bool korean)
    {
        _forms = forms;
        _keys = keys;
        _korean = korean;
    }

    /// <summary>The written forms searched for: the name first.</summary>
    public IReadOnlyList<string> Forms => _forms;

    public static NameForms For(string name, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(names);
        var korean = HangulText.ContainsSyllable(name);
        var forms = new List<string> { name };
        forms.AddRange(korean ? names.LatinFor(name) : names.KoreanFor(name));
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!korean && words.Length > 1 && words[^1].Length >= 3)
        {
            forms.Add(words[^1]); // "Kallas said…" after "Kaja Kallas" was introduced
        }

        var keys = korean
            ? [PhoneticKey.FromHangul(name), .. words.Length > 1 ? [PhoneticKey.FromHangul(words[^1])] : Array.Empty<string>()]
            : PhoneticKey.FromLatin(name).Concat(words.Length > 1 ? PhoneticKey.FromLatin(words[^1]) : []).ToList();
        return new NameForms(
            forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            keys.Where(k => k.Length >= PhoneticKey.MinimumLength).Distinct(StringComparer.Ordinal).ToList(),
            korean);
    }

    /// <summary>The spans of the text that name the person, in text order, not overlapping.</summary>
    public IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int Length)>();
        foreach (var form in _forms)
        {
            var hangul = HangulText.ContainsSyllable(form);
            for (var at = text.IndexOf(form, hangul ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(form, at + 1, hangul ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                if (Bounded(text, at, form.Length, hangul))
                {
                    spans.Add((at, form.Length));
                }
            }
        }

        spans.AddRange(_korean ? SoundAlikeLatin(text) : SoundAlikeHangul(text));
        var kept = new List<(int Start, int Length)>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (kept.Count == 0 || span.Start >= kept[^1].Start + kept[^1].Length)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    public bool IsNamedIn(string text) => Find(text).Count > 0;

    /// <summary>A Hangul name may carry a particle after it (위성락이) but no syllable before it; a Latin one is a whole word.</summary>
    private static bool Bounded(string text, int at, int length, bool hangul)
    {
        var before = at == 0 || (hangul ? !HangulText.IsSyllable(text[at - 1]) : !char.IsLetter(text[at - 1]));
        var end = at + length;
        return before && (hangul || end == text.Length || !char.IsLetter(text[end]));
    }

    /// <summary>Runs of one to three capitalised Latin words that sound like the Korean name.</summary>
    private IEnumerable<(int, int)> SoundAlikeLatin(string text)
    {
        var words = CapitalisedWord().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= 3 && i + n <= words.Count; n++)
            {
                var last = words[i + n - 1];
                if (n > 1 && !text.AsSpan(words[i + n - 2].Index + words[i + n - 2].Length, last.Index - words[i + n - 2].Index - words[i + n - 2].Length).Trim().IsEmpty)
                {
                    break;
                }

                var run = text.Substring(words[i].Index, last.Index + last.Length - words[i].Index);
                if (PhoneticKey.FromLatin(run).Any(k => _keys.Any(key => PhoneticKey.Same(k, key))))
                {
                    yield return (words[i].Index, run.Length);
                }
            }
        }
    }

    /// <summary>Hangul words (without their particle), alone or with the word before, that sound like the Latin name.</summary>
    private IEnumerable<(int, int)> SoundAlikeHangul(string text)
    {
        var words = HangulWord().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var stem = KoreanParticles.Strip(words[i].Value);
            if (_keys.Any(key => PhoneticKey.Same(PhoneticKey.FromHangul(stem), key)))
            {
                yield return (words[i].Index, stem.Length);
            }
        }
    }

    [GeneratedRegex(@"\b[A-Z][a-zA-Z]*(?:-[a-zA-Z]+)?\b")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"[" + HangulText.Syllables + @"]{2,}")]
    private static partial Regex HangulWord();
}
