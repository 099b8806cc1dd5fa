using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// The second stage of lexical search every store shares: its first BM25 hits re-scored by <see cref="PassageScorer"/>
/// (tunable BM25 plus best-sentence coverage), so SQLite and Postgres rank alike from the same statistics. Public for
/// store backends in other assemblies.
/// </summary>
public static class LexicalReranker
{
    /// <param name="hits">First-stage hits with their document title and chunk text, best first.</param>
    /// <param name="idf">idf of each query term the index holds: ln(1 + (N − df + 0.5) / (df + 0.5)) over chunks.</param>
    public static IReadOnlyList<ScoredChunk> Rerank(
        IReadOnlyList<(ScoredChunk Hit, string Title, string Text)> hits,
        ITextTokenizer tokenizer,
        IReadOnlyDictionary<string, double> idf,
        PassageScoring scoring,
        double sentenceWeight,
        int limit)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var scorer = new PassageScorer(tokenizer, idf, scoring);
        var scored = hits.Select(h => (h.Hit, Score: scorer.Score(h.Title, h.Text))).ToList();
        var best = Math.Max(scored.Max(s => s.Score.Bm25), double.Epsilon);
        return scored
            .Select(s => s.Hit with { Score = (s.Score.Bm25 / best) + (sentenceWeight * s.Score.Coverage) })
            .OrderByDescending(h => h.Score)
            .Take(limit)
            .ToList();
    }

    /// <summary>BM25 idf of a term found in <paramref name="documentFrequency"/> of <paramref name="chunks"/> chunks.</summary>
    public static double Idf(double chunks, double documentFrequency) =>
        Math.Log(1 + ((chunks - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
