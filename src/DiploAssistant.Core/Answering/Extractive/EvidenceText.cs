using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// A sentence or an article's retrieved text, indexed to answer one question: does it mention this name? It looks
/// for the name as written, for its Korean/English alias, and for its sound in the other script.
/// </summary>
internal sealed class EvidenceText
{
    private readonly string _lower;
    private readonly string _compact;
    private readonly HashSet<string> _latinWords = new(StringComparer.Ordinal);
    private readonly List<string> _hangulKeys = [];
    private readonly List<string> _latinKeys = [];
    private readonly List<string> _shortHangulNames = [];
    private readonly List<string> _shortLatinNames = [];

    public EvidenceText(string text)
    {
        _lower = text.ToLowerInvariant();
        _compact = string.Concat(_lower.Where(c => !char.IsWhiteSpace(c)));
        var words = TextWords.Find(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count && TextWords.Adjacent(text, word, words[i + 1]) ? words[i + 1] : null;
            if (word.IsHangul)
            {
                IndexHangul(word, next);
            }
            else
            {
                IndexLatin(text, words, i);
            }
        }
    }

    public bool Mentions(QuestionEntity entity) => entity.Kind switch
    {
        EntityKind.Year or EntityKind.Code => MentionsNumber(entity.Words[0]),
        EntityKind.Ordinal => QuestionConstraints.OrdinalForms(int.Parse(entity.Words[0], System.Globalization.CultureInfo.InvariantCulture))
            .Any(form => form.All(char.IsAsciiLetter) ? _latinWords.Contains(form) : _compact.Contains(form.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)),
        _ when entity.IsHangul => MentionsKorean(entity.Words[0]) || (entity.FollowedBy is { } next && SoundsLikeLatin(entity.Words[0] + next)),
        _ => MentionsEnglish(entity.Words),
    };

    /// <summary>The digits or code as a whole word of the text (2023 in "2023년", not in "12023"; s8 in "S8의", not in "S80").</summary>
    private bool MentionsNumber(string digits)
    {
        for (var at = _lower.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = _lower.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            if ((at == 0 || !char.IsAsciiLetterOrDigit(_lower[at - 1])) && (end == _lower.Length || !char.IsAsciiLetterOrDigit(_lower[end])))
            {
                return true;
            }
        }

        return false;
    }

    private void IndexHangul(TextWord word, TextWord? next)
    {
        var stem = KoreanParticles.Strip(word.Text);
        var key = PhoneticKey.FromHangul(stem);
        _hangulKeys.Add(key);
        if (key.Length == ShortNameSound.KeyLength)
        {
            _shortHangulNames.Add(stem); // too short for the key alone: ShortNameSound compares their vowels too
        }
        if (next is { IsHangul: true })
        {
            // Names written as two words (카야 칼라스) are matched as one (Kaja Kallas).
            _hangulKeys.Add(PhoneticKey.FromHangul(word.Text + KoreanParticles.Strip(next.Text)));
        }
    }

    private void IndexLatin(string text, IReadOnlyList<TextWord> words, int i)
    {
        var word = words[i];
        var folded = TextWords.Fold(word.Text);
        _latinWords.Add(folded);
        if (folded.Length > 3 && folded.EndsWith('s'))
        {
            _latinWords.Add(folded[..^1]);
        }

        var keys = PhoneticKey.FromLatin(word.Text);
        _latinKeys.AddRange(keys);
        if (word.IsCapitalized && keys.Any(key => key.Length == ShortNameSound.KeyLength))
        {
            _shortLatinNames.Add(word.Text);
        }
        var name = word.Text;
        for (var j = i + 1; word.IsCapitalized && j < words.Count && j < i + 4 && words[j].IsCapitalized && TextWords.Adjacent(text, words[j - 1], words[j]); j++)
        {
            name += words[j].Text;
            _latinKeys.AddRange(PhoneticKey.FromLatin(name));
        }
    }

    private bool MentionsKorean(string noun)
    {
        if (_lower.Contains(noun, StringComparison.Ordinal)
            || _compact.Contains(noun, StringComparison.Ordinal)
            || (noun.Length >= 3 && _lower.Contains(noun[..^1], StringComparison.Ordinal)))
        {
            return true; // 논의한 → 논의했다, 명예시민증 → 명예 시민증; 국가안보실장 → 실장 is found by the tokenizer anyway
        }

        if (TranslationPresent(noun))
        {
            return true;
        }

        return SoundsLikeLatin(noun);
    }

    private bool SoundsLikeLatin(string hangul)
    {
        var key = PhoneticKey.FromHangul(hangul);
        return _latinKeys.Any(latin => PhoneticKey.Same(key, latin))
            || (key.Length == ShortNameSound.KeyLength && _shortLatinNames.Any(latin => ShortNameSound.Same(hangul, latin)));
    }

    /// <summary>
    /// A name of several words is mentioned when half its words are there, or all of it sounds there in Hangul:
    /// "Jennifer Lopez and Ben Affleck" is not mentioned by a text that only says 로페스.
    /// </summary>
    private bool MentionsEnglish(IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            return MentionsEnglishWord(words[0]);
        }

        var and = words.ToList().IndexOf("and");
        if (and > 0)
        {
            // Both sides: "What did Wi Sung-lac and Tomas Pojar discuss?" is not answered by Wi's talks with Rubio.
            return MentionsEnglish(words.Take(and).ToList()) && MentionsEnglish(words.Skip(and + 1).ToList());
        }

        var found = words.Count(MentionsEnglishWord);
        return 2 * found >= words.Count || SoundsPresent(string.Concat(words));
    }

    private bool MentionsEnglishWord(string word) => MentionsAnyEnglish([word]);

    private bool MentionsAnyEnglish(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            var folded = TextWords.Fold(word);
            if (_latinWords.Contains(folded) || (folded.Length > 3 && folded.EndsWith('s') && _latinWords.Contains(folded[..^1])))
            {
                return true;
            }

            if (BilingualGlossary.Default.ForEnglish(folded).Any(entry => SaysKorean(entry) || SaysEnglish(entry)))
            {
                return true;
            }

            if (folded.Contains('-', StringComparison.Ordinal) && folded.Split('-').All(part => part.Length > 0 && MentionsEnglishWord(part)))
            {
                return true; // Korea-EU
            }

            if (SoundsPresent(word))
            {
                return true;
            }
        }

        return words.Count > 1 && SoundsPresent(string.Concat(words));
    }

    /// <summary>
    /// True when the glossary's English for every part of a Korean noun is in the text: 이집트 → Egypt, 안보국방대화 →
    /// security, defense, dialogue.
    /// </summary>
    private bool TranslationPresent(string noun)
    {
        var covered = new bool[noun.Length];
        foreach (var match in BilingualGlossary.Default.FindKorean(noun).Where(m => SaysEnglish(m.Entry)))
        {
            for (var at = noun.IndexOf(match.Form, StringComparison.Ordinal); at >= 0; at = noun.IndexOf(match.Form, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(covered, true, at, match.Form.Length);
            }
        }

        return covered.All(c => c);
    }

    private bool SaysEnglish(GlossaryEntry entry) =>
        entry.English.Any(english => english.Split(' ').All(word => _latinWords.Contains(word)));

    private bool SaysKorean(GlossaryEntry entry) =>
        entry.Korean.Any(korean => korean.Any(HangulText.IsSyllable)
            ? korean.Length > 1 && _compact.Contains(korean.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)
            : _latinWords.Contains(korean));

    private bool SoundsPresent(string latin)
    {
        var keys = PhoneticKey.FromLatin(latin);
        return keys.Any(key => _hangulKeys.Any(hangul => PhoneticKey.Same(key, hangul)))
            || (keys.Any(key => key.Length == ShortNameSound.KeyLength) && _shortHangulNames.Any(hangul => ShortNameSound.Same(hangul, latin)));
    }
}
