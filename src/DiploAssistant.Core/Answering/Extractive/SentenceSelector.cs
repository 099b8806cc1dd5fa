namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Chooses the answer's sentences: the best one, then up to two more that score nearly as well, cover a question term
/// the chosen ones do not (else they only pad), are not near-duplicates, stay within the document and length budgets.
/// Returns them grouped by document in text order.
/// </summary>
internal static class SentenceSelector
{
    private const double NearDuplicateOverlap = 0.6;

    /// <param name="ranked">Eligible sentences, best first (not empty).</param>
    /// <param name="bestOnly">Only the best sentence answers (it carries the one thing asked for).</param>
    public static IReadOnlyList<ScoredSentence> Select(IReadOnlyList<ScoredSentence> ranked, ExtractiveAnswerOptions options, bool bestOnly)
    {
        var best = ranked[0];
        var selected = new List<ScoredSentence> { best };
        var length = best.QuotedText.Length;
        foreach (var next in ranked.Skip(1).Where(_ => !bestOnly))
        {
            if (selected.Count >= options.MaxSentences || next.Score < best.Score * options.FurtherSentenceRatio || next.Coverage < options.MinCoverage)
            {
                break;
            }

            var documents = selected.Select(s => s.Candidate.DocumentId).Distinct().ToList();
            var tooManyDocuments = !documents.Contains(next.Candidate.DocumentId) && documents.Count >= options.MaxDocuments;
            var tooLong = length + next.QuotedText.Length + 5 > options.MaxAnswerCharacters;
            var addsNothing = next.CoveredTerms.All(term => selected.Any(s => s.CoveredTerms.Contains(term)));
            if (tooManyDocuments || tooLong || addsNothing || selected.Any(s => NearDuplicates(s, next)))
            {
                continue;
            }

            selected.Add(next);
            length += next.QuotedText.Length + 5;
        }

        return InArticleOrder(selected);
    }

    /// <summary>The sentences grouped by document, documents in order of first appearance, each in text order.</summary>
    public static IReadOnlyList<ScoredSentence> InArticleOrder(IReadOnlyList<ScoredSentence> sentences)
    {
        var documentOrder = sentences.Select(s => s.Candidate.DocumentId).Distinct().ToList();
        return sentences
            .OrderBy(s => documentOrder.IndexOf(s.Candidate.DocumentId))
            .ThenBy(s => s.Candidate.Position)
            .ToList();
    }

    /// <summary>The same words twice: one quotes the other (a sentence quoted with its previous one), or they share most terms.</summary>
    private static bool NearDuplicates(ScoredSentence first, ScoredSentence second)
    {
        var (a, b) = (first.Candidate, second.Candidate);
        if (a.Text == b.Text || first.QuotedText.Contains(b.Text, StringComparison.Ordinal) || second.QuotedText.Contains(a.Text, StringComparison.Ordinal))
        {
            return true;
        }

        var shared = a.Terms.Count(b.Terms.Contains);
        var union = a.Terms.Count + b.Terms.Count - shared;
        return union > 0 && (double)shared / union >= NearDuplicateOverlap;
    }
}
