using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Languages;

/// <summary>
/// Translates a question's vocabulary into the other language with the bilingual glossary, so a lexical search can
/// also find articles written in that language ("Where did the foreign minister meet…" → "외교부 장관 외교장관 … 만나 …").
/// </summary>
public sealed partial class CrossLingualQueryExpander
{
    /// <summary>Forms taken per glossary entry: enough for the common spellings, few enough to keep the query focused.</summary>
    private const int FormsPerEntry = 3;

    private readonly BilingualGlossary _glossary = BilingualGlossary.Default;

    /// <summary>The language a translation of the question is in ("en" for a question with Hangul, else "ko").</summary>
    public static string TargetLanguage(string question) =>
        HangulText.ContainsSyllable(question ?? throw new ArgumentNullException(nameof(question))) ? "en" : "ko";

    /// <summary>
    /// The glossary translation of the question into the other language: Korean words for an English question,
    /// English words for a Korean one (a question with Hangul counts as Korean). Null when nothing translates.
    /// Names the glossary does not know are carried by their sound (phonetic index terms) and, when an article wrote them
    /// with their original in parentheses, by their other-script form from <paramref name="names"/>.
    /// </summary>
    public string? Translate(string question, NameLexicon? names = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        // The direction is TargetLanguage's, so the retriever's language filter always matches the translation.
        List<string> words = TargetLanguage(question) == "en"
            ? [.. ToEnglish(question), .. names?.LatinFor(question) ?? []]
            : [.. ToKorean(question), .. NameTerms(question), .. names?.KoreanFor(question) ?? []];
        return words.Count == 0 ? null : string.Join(' ', words.Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// Phonetic index terms for the capitalised names of an English question, alone and as adjacent pairs
    /// ("Cho Hyun" → the term of 조현; "Kallas" → the term of 칼라스), so Korean articles about them are found.
    /// </summary>
    private static IEnumerable<string> NameTerms(string question)
    {
        var names = CapitalisedWord().Matches(question).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var term in PhoneticTerm.ForLatin(names[i].Value))
            {
                yield return term;
            }

            var adjacent = i + 1 < names.Count && question.AsSpan(names[i].Index + names[i].Length, names[i + 1].Index - names[i].Index - names[i].Length).Trim().IsEmpty;
            if (adjacent)
            {
                foreach (var term in PhoneticTerm.ForLatin(names[i].Value + names[i + 1].Value))
                {
                    yield return term;
                }
            }
        }
    }

    private List<string> ToKorean(string question)
    {
        var words = new List<string>();
        var covered = -1;
        foreach (var match in _glossary.FindEnglish(question))
        {
            // Longest phrase first at each word; the words it spans are not translated again one by one.
            if (match.Start + match.Count - 1 <= covered)
            {
                continue;
            }

            words.AddRange(match.Entry.Korean.Take(FormsPerEntry));
            covered = Math.Max(covered, match.Start + match.Count - 1);
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    private List<string> ToEnglish(string question)
    {
        var words = new List<string>();
        foreach (Match word in HangulWord().Matches(question))
        {
            // A word the glossary does not know may be a name or a loanword written as it sounds (칼라스, 컴퓨터): its sound.
            if (_glossary.FindKorean(word.Value).Count == 0 && PhoneticTerm.ForHangul(KoreanParticles.Strip(word.Value)) is { } sound)
            {
                words.Add(sound);
            }

            var covered = new List<string>();
            foreach (var match in _glossary.FindKorean(word.Value))
            {
                // 정상회의 in 정상회의에 also contains 정상 (leader): a form inside a longer form found is not translated.
                if (covered.Any(form => form.Contains(match.Form, StringComparison.Ordinal)))
                {
                    continue;
                }

                covered.Add(match.Form);
                words.AddRange(match.Entry.English.Take(FormsPerEntry));
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("[" + HangulText.Syllables + "]+")]
    private static partial Regex HangulWord();

    // A name-like word: capitalised, not the question's first word (Where, Who…), hyphenated given names kept whole (Sung-lac).
    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)?")]
    private static partial Regex CapitalisedWord();
}
