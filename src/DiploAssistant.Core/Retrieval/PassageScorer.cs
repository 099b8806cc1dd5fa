using DiploAssistant.Core.Text;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Re-scores a lexical candidate with BM25 of tunable k1 and b (FTS5 fixes them at 1.2 and 0.75), with title terms
/// counted <c>TitleWeight</c> times, plus how well its best sentence covers the question: the idf-weighted share of
/// distinct query terms found in one sentence, from 0 to 1. Questions usually paraphrase one sentence, so the right
/// passage has the terms together, while a long passage can collect them scattered over unrelated sentences. The
/// title's terms may count as present in every sentence (<see cref="PassageScoring.TitleCoversSentences"/>).
/// </summary>
internal sealed class PassageScorer
{
    private readonly ITextTokenizer _tokenizer;
    private readonly IReadOnlyDictionary<string, double> _idf;
    private readonly PassageScoring _scoring;
    private readonly double _totalIdf;

    public PassageScorer(ITextTokenizer tokenizer, IReadOnlyDictionary<string, double> queryTermIdf, PassageScoring scoring)
    {
        _tokenizer = tokenizer;
        _idf = queryTermIdf;
        _scoring = scoring;
        _totalIdf = queryTermIdf.Values.Sum();
    }

    /// <summary>(BM25, best-sentence coverage) of a passage with its document title.</summary>
    public (double Bm25, double Coverage) Score(string title, string passage)
    {
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        var length = 0.0;
        var titleCovered = 0.0;
        var inTitle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in _tokenizer.TokenizeDocument(title))
        {
            length++;
            if (_idf.TryGetValue(term, out var idf))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + _scoring.TitleWeight;
                if (_scoring.TitleCoversSentences && inTitle.Add(term))
                {
                    titleCovered += idf;
                }
            }
        }

        var best = 0.0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in SentenceSpans.Split(passage))
        {
            found.Clear();
            found.UnionWith(inTitle);
            var covered = titleCovered;
            foreach (var term in _tokenizer.TokenizeDocument(sentence))
            {
                length++;
                if (_idf.TryGetValue(term, out var idf))
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                    if (found.Add(term))
                    {
                        covered += idf;
                    }
                }
            }

            best = Math.Max(best, covered);
        }

        var norm = _scoring.K1 * (1 - _scoring.B + (_scoring.B * length / Math.Max(_scoring.AverageLength, 1)));
        var bm25 = 0.0;
        foreach (var (term, tf) in frequencies)
        {
            bm25 += _idf[term] * tf * (_scoring.K1 + 1) / (tf + norm);
        }

        return (bm25, _totalIdf > 0 ? best / _totalIdf : 0);
    }
}
