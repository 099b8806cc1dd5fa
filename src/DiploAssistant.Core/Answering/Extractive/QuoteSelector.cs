using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Narrows each source's quote from its whole chunk to the sentence that best supports the answer sentences citing it
/// (most shared character bigrams, which works across Korean particles and English inflection alike).
/// </summary>
internal static class QuoteSelector
{
    /// <param name="answerText">The model's text with its original markers (numbers of <paramref name="sources"/>).</param>
    public static IReadOnlyList<Citation> Select(string answerText, IReadOnlyList<Citation> sources)
    {
        var claims = SentenceSplitter.Split(answerText).Select(s => s.Text).ToList();
        return sources.Select(source =>
        {
            var citing = claims.Where(c => CitationMarkers.NumbersIn(c).Contains(source.N)).ToList();
            if (citing.Count == 0)
            {
                return source;
            }

            var claimBigrams = Bigrams(string.Join(' ', citing));
            var best = SentenceSplitter.Split(source.Quote)
                .Select(s => s.Text)
                .OrderByDescending(s => Similarity(Bigrams(s), claimBigrams))
                .FirstOrDefault();
            return best is null ? source : source with { Quote = CitationMarkers.Neutralize(best) };
        }).ToList();
    }

    private static double Similarity(HashSet<string> sentence, HashSet<string> claim)
    {
        if (sentence.Count == 0 || claim.Count == 0)
        {
            return 0;
        }

        var shared = sentence.Count(claim.Contains);
        return shared / Math.Sqrt((double)sentence.Count * claim.Count);
    }

    private static HashSet<string> Bigrams(string text) => CharacterNgrams.LetterPairs(CitationMarkers.Pattern().Replace(text, " "));
}
