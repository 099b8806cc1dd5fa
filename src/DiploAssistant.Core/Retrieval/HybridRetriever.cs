using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Finds the chunks that answer a question: BM25 over Korean-aware terms and vector similarity, fused by weighted
/// reciprocal rank, filtered (dates, source, language, as-of), favouring recent articles when an as-of date is given,
/// and diverse (a few chunks per document).
/// </summary>
public sealed class HybridRetriever
{
    private readonly IDocumentStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly HybridRetrieverOptions _options;
    private readonly CrossLingualQueryExpander _expander = new();

    public HybridRetriever(
        IDocumentStore store,
        IEmbeddingGenerator<string, Embedding<float>> embedder,
        HybridRetrieverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        _store = store;
        _embedder = embedder;
        _options = options ?? HybridRetrieverOptions.Default;
    }

    /// <summary>The best <paramref name="top"/> chunks with their documents, best first.</summary>
    public async Task<IReadOnlyList<RetrievedChunk>> RetrieveAsync(string question, SearchFilters filters, int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var candidates = await FuseAsync(question, filters, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        // Without an as-of date the order is final, so only a few more than needed are read (for diversity).
        var needed = filters.AsOf is null ? candidates.Take(top * Math.Max(_options.MaxChunksPerDocument, 1) * 3).ToList() : candidates;
        var chunks = await _store.GetChunksAsync(needed.Select(c => c.ChunkId).ToList(), cancellationToken).ConfigureAwait(false);
        var scores = needed.ToDictionary(c => c.ChunkId, c => c.Score, StringComparer.Ordinal);
        var ranked = chunks
            .Select(c => c with { Score = scores[c.Chunk.Id] * RecencyFactor(c.Document.Published, filters.AsOf) })
            .OrderByDescending(c => c.Score)
            .ToList();
        return DiversitySelector.Select(ranked, top, _options.MaxChunksPerDocument);
    }

    /// <summary>Documents ranked by their best chunk (no metadata read, no recency boost): for benchmarks and evaluation.</summary>
    public async Task<IReadOnlyList<RankedDocument>> RetrieveDocumentsAsync(string question, SearchFilters filters, int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var candidates = await FuseAsync(question, filters, cancellationToken).ConfigureAwait(false);
        var documents = new List<RankedDocument>(top);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (seen.Add(candidate.DocumentId))
            {
                documents.Add(new RankedDocument(candidate.DocumentId, candidate.Score));
                if (documents.Count == top)
                {
                    break;
                }
            }
        }

        return documents;
    }

    private async Task<List<FusedCandidate>> FuseAsync(string question, SearchFilters filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(filters);
        var rankings = new List<(IReadOnlyList<ScoredChunk>, double)>(3);
        if (_options.LexicalWeight > 0)
        {
            var lexical = await _store.SearchLexicalAsync(question, filters, _options.Candidates, cancellationToken).ConfigureAwait(false);
            rankings.Add((lexical, _options.LexicalWeight));
        }

        // The question's vocabulary and names in the other language, searched among that language's articles only:
        // English questions about Korean articles and back. A corpus without such articles costs no second ranking.
        if (_options.CrossLingualWeight > 0 && CrossLingualFilters(question, filters) is { } crossFilters && _expander.Translate(question) is { } translated)
        {
            var crossLingual = await _store.SearchLexicalAsync(translated, crossFilters, _options.Candidates, cancellationToken).ConfigureAwait(false);
            rankings.Add((crossLingual, _options.CrossLingualWeight));
        }

        if (_options.VectorWeight > 0)
        {
            var embeddings = await _embedder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false);
            var vector = await _store.SearchVectorAsync(embeddings[0].Vector, filters, _options.Candidates, cancellationToken).ConfigureAwait(false);
            rankings.Add((vector, _options.VectorWeight));
        }

        return RankFusion.Fuse(rankings, _options.Fusion, _options.RankConstant);
    }

    /// <summary>The filters for the translated question: the caller's, restricted to the translation's language; null when they exclude it.</summary>
    private static SearchFilters? CrossLingualFilters(string question, SearchFilters filters)
    {
        var target = CrossLingualQueryExpander.TargetLanguage(question);
        return filters.Language is { } wanted && !string.Equals(wanted, target, StringComparison.OrdinalIgnoreCase)
            ? null
            : filters with { Language = target };
    }

    private double RecencyFactor(DateOnly? published, DateOnly? asOf)
    {
        if (asOf is null || published is null || _options.RecencyStrength <= 0)
        {
            return 1;
        }

        var ageDays = Math.Max(0, asOf.Value.DayNumber - published.Value.DayNumber);
        var strength = Math.Clamp(_options.RecencyStrength, 0, 1);
        return 1 - strength + (strength * Math.Pow(0.5, ageDays / _options.RecencyHalfLifeDays));
    }
}
