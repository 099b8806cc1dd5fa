using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// A sentence's immediate context in its article: the two sentences before and after it among the retrieved ones, and
/// the article's title. A name, year or ordinal of the question must be there for the sentence to answer it.
/// </summary>
internal sealed class SentenceContext
{
    /// <summary>Sentences on each side that still speak of the same thing (a year said once covers what follows it).</summary>
    private const int Reach = 2;

    private readonly Dictionary<CandidateSentence, EvidenceText[]> _around = new(ReferenceEqualityComparer.Instance);

    public SentenceContext(IReadOnlyList<CandidateSentence> candidates)
    {
        foreach (var article in candidates.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            var ordered = article.OrderBy(c => c.Position).ToList();
            var title = new EvidenceText(ordered[0].Source.Document.Title);
            for (var i = 0; i < ordered.Count; i++)
            {
                var from = Math.Max(0, i - Reach);
                var to = Math.Min(ordered.Count - 1, i + Reach);
                _around[ordered[i]] = [title, .. ordered[from..(to + 1)].Select(c => c.Evidence)];
            }
        }
    }

    public bool Mentions(CandidateSentence sentence, QuestionEntity entity) =>
        _around.TryGetValue(sentence, out var around) ? around.Any(text => text.Mentions(entity)) : sentence.Evidence.Mentions(entity);
}
