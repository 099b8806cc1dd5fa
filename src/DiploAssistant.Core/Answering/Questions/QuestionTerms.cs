using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>What evidence for a question must contain: its content terms (tokenizer terms) and the names it uses.</summary>
/// <param name="Terms">Distinct query terms without question words and function words.</param>
/// <param name="Entities">Names the evidence must mention (see <see cref="QuestionEntity"/>).</param>
/// <param name="Concepts">Words of the question a sentence may say otherwise (in the other language, a synonym).</param>
/// <param name="Shares">
/// Each term's share of its question word: a word the tokenizer splits into many terms (정상회의에서 → 정상, 상회, 회의,
/// 정상회의, 에서) counts once, like a word that gives one term (일본), so long generic words do not outweigh short
/// distinguishing ones.
/// </param>
internal sealed record QuestionTerms(
    IReadOnlyList<string> Terms,
    IReadOnlyList<QuestionEntity> Entities,
    IReadOnlyList<QuestionConcept> Concepts,
    IReadOnlyDictionary<string, double> Shares)
{
    /// <summary>The term's share of its question word (1 when it is the word's only term).</summary>
    public double ShareOf(string term) => Shares.TryGetValue(term, out var share) ? share : 1;

    public static QuestionTerms Analyze(string question, ITextTokenizer tokenizer)
    {
        var entities = QuestionEntities.Find(question);
        question = TimeOfAsking.Without(question);
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
        return new QuestionTerms(terms, entities, QuestionConcepts.Find(question, terms, tokenizer), WordShares(question, terms, tokenizer));
    }

    private static Dictionary<string, double> WordShares(string question, IReadOnlyList<string> terms, ITextTokenizer tokenizer)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in TextWords.Find(question))
        {
            // Dropped terms count too: what is left of a framing word (이야기를 → 기를) is a small part of it.
            var all = tokenizer.TokenizeQuery(word.Text).Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            foreach (var term in all.Where(terms.Contains))
            {
                // A term of several words (에서) takes its largest share: it stands for one of them at least.
                shares[term] = Math.Max(shares.GetValueOrDefault(term), 1.0 / all.Count);
            }
        }

        return shares;
    }
}
