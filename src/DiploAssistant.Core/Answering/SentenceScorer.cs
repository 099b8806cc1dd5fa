using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// Scores candidate sentences by the weighted share of the question's terms they contain. A term weighs more the
/// fewer candidates contain it (IDF over the candidates); the retrieval rank adds a small bonus and fragments or
/// run-on sentences a penalty.
/// </summary>
internal static class SentenceScorer
{
    private const double RankBonus = 0.1;

    /// <summary>Terms found only in the previous sentence count this much (it often holds the subject).</summary>
    private const double PreviousSentenceShare = 0.5;

    /// <summary>The previous sentence is quoted too when its terms add at least this share of the question.</summary>
    private const double QuotePreviousAbove = 0.1;

    public static IReadOnlyList<ScoredSentence> Score(QuestionTerms question, IReadOnlyList<CandidateSentence> candidates)
    {
        var covered = candidates.Select(c => CoveredTerms(question, c)).ToList();
        var weights = question.Terms.ToDictionary(term => term, term => Weight(term, covered), StringComparer.Ordinal);
        var total = weights.Values.Sum();
        if (total <= 0)
        {
            return candidates.Select((c, i) => new ScoredSentence(c, 0, 0, covered[i], false)).ToList();
        }

        return candidates
            .Select((candidate, i) =>
            {
                var own = covered[i].Sum(term => weights[term]) / total;
                var fromPrevious = candidate.Previous is { } previous
                    ? CoveredTerms(question, previous).Except(covered[i]).Sum(term => weights[term]) / total
                    : 0;
                var coverage = own + (PreviousSentenceShare * fromPrevious);
                var score = coverage * (1 + (RankBonus / (1 + candidate.Rank))) * ShapeFactor(candidate.Text);
                return new ScoredSentence(candidate, coverage, score, covered[i], fromPrevious >= QuotePreviousAbove);
            })
            .ToList();
    }

    private static double Weight(string term, List<HashSet<string>> covered)
    {
        var containing = covered.Count(terms => terms.Contains(term));
        if (containing > 0)
        {
            return Math.Log(1 + ((double)covered.Count / containing));
        }

        // A Korean term no candidate contains is more often a tokenization artifact (a bigram across a particle,
        // a question ending: 했나) than a missing fact, so it weighs like a term every candidate contains; an
        // English word no candidate contains is a missing fact and weighs like the rarest term.
        return term.Any(HangulText.IsSyllable) ? Math.Log(2) : Math.Log(1 + covered.Count);
    }

    /// <summary>Question terms in the sentence, counting a name's terms when it is written in the other script.</summary>
    private static HashSet<string> CoveredTerms(QuestionTerms question, CandidateSentence candidate)
    {
        var mentionedWords = question.Entities.Where(candidate.Evidence.Mentions).SelectMany(e => e.Words).ToList();
        return question.Terms
            .Where(term => candidate.Terms.Contains(term)
                || mentionedWords.Any(word => word.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Fragments, captions and headlines (no final punctuation) and very long sentences answer less well.</summary>
    private static double ShapeFactor(string text)
    {
        var factor = text.Length switch
        {
            < 15 => 0.5,
            < 30 => 0.8,
            > 400 => 0.7,
            > 250 => 0.9,
            _ => 1.0,
        };
        var last = text[^1];
        return Punctuation.IsTerminal(last) || Punctuation.IsClosing(last) ? factor : factor * 0.85;
    }
}
