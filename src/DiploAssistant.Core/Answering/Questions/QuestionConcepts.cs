using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>Finds a question's glossary words and phrases (in either language) and its Korean predicate.</summary>
internal static class QuestionConcepts
{
    // Question endings of a Korean predicate (공감했나 → 공감, 만났나 → 만났): what is left is what was done.
    private static readonly string[] KoreanQuestionEndings =
    [
        "했습니까", "하였나", "했는가", "했나요", "했을까", "했어요", "했나", "했지", "됐나", "되었나", "하나요", "하나", "할까",
        "였나", "인가", "습니까", "는가", "나요", "을까", "나", "까",
    ];

    public static IReadOnlyList<QuestionConcept> Find(string question, IReadOnlyList<string> terms, ITextTokenizer tokenizer)
    {
        var glossary = BilingualGlossary.Default;
        var concepts = new List<QuestionConcept>();
        foreach (var match in glossary.FindEnglish(question))
        {
            var own = tokenizer.TokenizeQuery(match.Phrase).Select(t => t.ToLowerInvariant()).Where(terms.Contains).Distinct().ToList();
            if (own.Count > 0)
            {
                concepts.Add(Concept(match.Entry, own, tokenizer, match.Entry.Kind == GlossaryKind.Action));
            }
        }

        var hangulWords = TextWords.Find(question).Where(w => w.IsHangul).Select(w => w.Text).ToList();
        foreach (var word in hangulWords)
        {
            var wordTerms = tokenizer.TokenizeQuery(word).Select(t => t.ToLowerInvariant()).Where(terms.Contains).ToList();
            foreach (var match in glossary.FindKorean(word))
            {
                var own = wordTerms.Where(t => match.Form.Contains(t, StringComparison.Ordinal)).ToList();
                var isPredicate = match.Entry.Kind == GlossaryKind.Action && !QuestionVocabulary.IsKoreanInterrogative(word);
                concepts.Add(Concept(match.Entry, own.Count > 0 ? own : wordTerms, tokenizer, isPredicate));
            }
        }

        if (hangulWords.Count > 0 && KoreanPredicate(hangulWords[^1]) is { } predicate)
        {
            var own = terms.Where(t => t.Any(HangulText.IsSyllable) && predicate.Contains(t, StringComparison.Ordinal)).ToList();
            if (own.Count > 0)
            {
                concepts.Add(new QuestionConcept(own, [], [predicate], IsPredicate: true));
            }
        }

        return concepts;
    }

    /// <summary>The stem of the question's final verb (공감했나 → 공감), or null when it is a question word or too short.</summary>
    private static string? KoreanPredicate(string lastWord)
    {
        if (QuestionVocabulary.IsKoreanInterrogative(lastWord))
        {
            return null;
        }

        var ending = KoreanQuestionEndings.FirstOrDefault(e => lastWord.Length > e.Length && lastWord.EndsWith(e, StringComparison.Ordinal));
        var stem = ending is null ? lastWord : lastWord[..^ending.Length];
        return stem.Length >= 2 && stem != lastWord ? stem : null;
    }

    private static QuestionConcept Concept(GlossaryEntry entry, IReadOnlyList<string> terms, ITextTokenizer tokenizer, bool isPredicate) =>
        new(
            terms,
            entry.English.Select(english => (IReadOnlyList<string>)tokenizer.TokenizeDocument(english).Select(t => t.ToLowerInvariant()).ToList()).ToList(),
            entry.Korean.Select(korean => korean.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList(),
            isPredicate,
            IsParty: entry.Kind == GlossaryKind.Name,
            IsModifier: entry.Kind == GlossaryKind.Modifier);
}
