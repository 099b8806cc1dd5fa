using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// Scores candidate sentences by the weighted share of the question's terms they contain. A term weighs more the
/// fewer candidates contain it (IDF over the candidates), and each question word counts once however many terms it
/// gives; the rank of the sentence's article adds a small bonus and fragments or run-on sentences a penalty.
/// </summary>
internal static class SentenceScorer
{
    private const double RankBonus = 0.1;

    /// <summary>Terms found only in the previous sentence count this much (it often holds the subject).</summary>
    private const double PreviousSentenceShare = 0.5;

    /// <summary>The previous sentence is quoted too when its terms add at least this share of the question.</summary>
    private const double QuotePreviousAbove = 0.1;

    /// <summary>
    /// The question's predicate (공감했나, agree) weighs this many times its IDF: the sentence that says what was done
    /// answers, not the one that only names who met.
    /// </summary>
    private const double PredicateWeight = 2.5;

    /// <summary>
    /// The question's modifier (차기, first, last) weighs this many times its IDF: "where will the next dialogue be held"
    /// is answered by the sentence about the next one, not by the one about the first that shares more words.
    /// </summary>
    private const double ModifierWeight = 2.5;

    /// <summary>A term the sentence says only in other words (translated, a synonym) counts this much of a literal one.</summary>
    private const double OtherWordsShare = 0.75;

    /// <summary>A country the sentence calls "the two sides" (양국) counts this much: it may mean other parties.</summary>
    private const double TheTwoSidesShare = 0.4;

    public static IReadOnlyList<ScoredSentence> Score(QuestionTerms question, IReadOnlyList<CandidateSentence> candidates)
    {
        var covered = candidates.Select(c => CoveredTerms(question, c)).ToList();
        var predicateTerms = question.Concepts.Where(c => c.IsPredicate).SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        var modifierTerms = question.Concepts.Where(c => c.IsModifier).SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        var weights = question.Terms.ToDictionary(
            term => term,
            term => Weight(term, covered) * question.ShareOf(term)
                * (predicateTerms.Contains(term) ? PredicateWeight : 1)
                * (modifierTerms.Contains(term) ? ModifierWeight : 1),
            StringComparer.Ordinal);
        var total = weights.Values.Sum();
        if (total <= 0)
        {
            return candidates.Select((c, i) => new ScoredSentence(c, 0, 0, covered[i].Keys.ToHashSet(), false)).ToList();
        }

        // Sentences of one article share its rank: which of its chunks ranked first says little about which sentence answers.
        var articleRanks = candidates
            .GroupBy(c => c.DocumentId, StringComparer.Ordinal)
            .OrderBy(g => g.Min(c => c.Rank))
            .Select((g, rank) => (g.Key, rank))
            .ToDictionary(x => x.Key, x => x.rank, StringComparer.Ordinal);
        return candidates
            .Select((candidate, i) =>
            {
                var own = covered[i].Sum(pair => pair.Value * weights[pair.Key]) / total;
                var fromPrevious = 0.0;
                var previousShare = PreviousSentenceShare;
                if (candidate.Previous is { } previous)
                {
                    var before = CoveredTerms(question, previous);
                    fromPrevious = before.Where(pair => !covered[i].ContainsKey(pair.Key)).Sum(pair => pair.Value * weights[pair.Key]) / total;

                    // The previous sentence names who; this one says what they did (공감대를 형성했다) or points back to them.
                    var saysThePredicate = predicateTerms.Any(covered[i].ContainsKey) && !predicateTerms.Any(before.ContainsKey);
                    previousShare = saysThePredicate || SentenceOpeners.PointsBack(candidate.Text) ? 1 : PreviousSentenceShare;
                }

                var coverage = own + (previousShare * fromPrevious);
                var score = coverage * (1 + (RankBonus / (1 + articleRanks[candidate.DocumentId]))) * ShapeFactor(candidate.Text);
                return new ScoredSentence(candidate, coverage, score, covered[i].Keys.ToHashSet(), fromPrevious >= QuotePreviousAbove);
            })
            .ToList();
    }

    private static double Weight(string term, List<Dictionary<string, double>> covered)
    {
        var containing = covered.Count(terms => terms.ContainsKey(term));
        if (containing > 0)
        {
            return Math.Log(1 + ((double)covered.Count / containing));
        }

        // A Korean term no candidate contains is more often a tokenization artifact (a bigram across a particle,
        // a question ending: 했나) than a missing fact, so it weighs like a term every candidate contains; an
        // English word no candidate contains is a missing fact and weighs like the rarest term.
        return term.Any(HangulText.IsSyllable) ? Math.Log(2) : Math.Log(1 + covered.Count);
    }

    /// <summary>
    /// Question terms in the sentence: as tokenized, as Korean spelled with other spacing (명예시민증, 명예 시민증), as
    /// a name written in the other script, or as a glossary word said another way (meet → 만나, led → represented).
    /// Each with its credit: 1 when said as asked (or a name), <see cref="OtherWordsShare"/> when said otherwise, so an
    /// article in the question's own words wins over one that only translates them.
    /// </summary>
    private static Dictionary<string, double> CoveredTerms(QuestionTerms question, CandidateSentence candidate)
    {
        var mentionedWords = question.Entities.Where(candidate.Evidence.Mentions).SelectMany(e => e.Words).ToList();
        var saidOtherwise = question.Concepts.Where(c => c.IsSaidIn(candidate)).SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        var parties = SentenceOpeners.NamesTheParties(candidate.Text)
            ? question.Concepts.Where(c => c.IsParty).SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal)
            : [];
        var credits = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in question.Terms)
        {
            if (candidate.Terms.Contains(term)
                || (term.Length >= 2 && term.All(HangulText.IsSyllable) && candidate.Compact.Contains(term, StringComparison.Ordinal))
                || mentionedWords.Any(word => word.Contains(term, StringComparison.OrdinalIgnoreCase)))
            {
                credits[term] = 1;
            }
            else if (saidOtherwise.Contains(term))
            {
                credits[term] = OtherWordsShare;
            }
            else if (parties.Contains(term))
            {
                credits[term] = TheTwoSidesShare;
            }
        }

        return credits;
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
