namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// How well the best single sentence of a passage covers the question: the idf-weighted share of distinct query terms
/// found in it, from 0 to 1. Questions usually paraphrase one sentence, so the terms of the right passage cluster there,
/// while a long passage can collect the same terms scattered over unrelated sentences.
/// </summary>
internal sealed class SentenceCoverageScorer
{
    private readonly ITextTokenizer _tokenizer;
    private readonly IReadOnlyDictionary<string, double> _weights;
    private readonly double _total;

    public SentenceCoverageScorer(ITextTokenizer tokenizer, IReadOnlyDictionary<string, double> queryTermWeights)
    {
        _tokenizer = tokenizer;
        _weights = queryTermWeights;
        _total = queryTermWeights.Values.Sum();
    }

    public double Score(string passage)
    {
        if (_total <= 0)
        {
            return 0;
        }

        var best = 0.0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in Sentences(passage))
        {
            found.Clear();
            var covered = 0.0;
            foreach (var term in _tokenizer.TokenizeDocument(sentence))
            {
                if (_weights.TryGetValue(term, out var weight) && found.Add(term))
                {
                    covered += weight;
                }
            }

            best = Math.Max(best, covered);
        }

        return best / _total;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                if (i + 1 - start > 1)
                {
                    yield return text[start..(i + 1)];
                }

                start = i + 1;
            }
        }

        if (text.Length - start > 1)
        {
            yield return text[start..];
        }
    }
}
