using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>What evidence for a question must contain: its content terms (tokenizer terms) and the names it uses.</summary>
/// <param name="Terms">Distinct query terms without question words and function words.</param>
/// <param name="Entities">Names the evidence must mention (see <see cref="QuestionEntity"/>).</param>
/// <param name="Concepts">Words of the question a sentence may say otherwise (in the other language, a synonym).</param>
internal sealed record QuestionTerms(IReadOnlyList<string> Terms, IReadOnlyList<QuestionEntity> Entities, IReadOnlyList<QuestionConcept> Concepts)
{
    public static QuestionTerms Analyze(string question, ITextTokenizer tokenizer)
    {
        var interrogatives = TextWords.Find(question)
            .Where(w => w.IsHangul && QuestionVocabulary.IsKoreanInterrogative(w.Text))
            .Select(w => w.Text)
            .ToList();
        var terms = tokenizer.TokenizeQuery(question)
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Where(t => t.Any(char.IsLetterOrDigit) && !(t.Length == 1 && char.IsAsciiLetter(t[0])))
            .Where(t => !QuestionVocabulary.IsEnglishStopWord(t) && !QuestionVocabulary.IsKoreanFiller(t))
            .Where(t => !interrogatives.Any(w => w.Contains(t, StringComparison.Ordinal)))
            .ToList();
        return new QuestionTerms(terms, QuestionEntities.Find(question), QuestionConcepts.Find(question, terms, tokenizer));
    }
}
