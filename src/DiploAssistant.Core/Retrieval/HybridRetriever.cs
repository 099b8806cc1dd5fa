using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Finds the chunks that answer a question: BM25 over Korean-aware terms and vector similarity, fused by weighted
/// reciprocal rank, filtered (dates, source, language, as-of), favouring recent articles when an as-of date is given,
/// and diverse (a few chunks per document, a cluster of wire copies counted as one document).
/// </summary>
public sealed class HybridRetriever
{
    private readonly IDocumentStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly HybridRetrieverOptions _options;
    private readonly CrossLingualQueryExpander _expander = new();
    private readonly RecencyPrior _recency;
    private readonly StoredNameLearner _names;

    public HybridRetriever(
        IDocumentStore store,
        IEmbeddingGenerator<string, Embedding<float>> embedder,
        HybridRetrieverOptions? options = null,
        NameLexicon? names = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        _store = store;
        _embedder = embedder;
        _options = options ?? HybridRetrieverOptions.Default;
        _names = new StoredNameLearner(store, names ?? new NameLexicon());
        _recency = new RecencyPrior(_options.RecencyStrength, _options.RecencyHalfLifeDays, _options.RecencyGraceDays);
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
            .Select(c => c with { Score = scores[c.Chunk.Id] * _recency.Factor(c.Document.Published, filters.AsOf) })
            .OrderByDescending(c => c.Score)
            .ToList();
        if (_store is IClusterReader clusterReader)
        {
            var documentIds = ranked.Select(c => c.Document.Id).ToHashSet(StringComparer.Ordinal);
            ranked = ClusterCollapse.Apply(ranked, await clusterReader.GetClustersAsync(documentIds, cancellationToken).ConfigureAwait(false));
        }

        return DiversitySelector.Select(ranked, top, _options.MaxChunksPerDocument);
    }

    /// <summary>The wire-copy clusters of those documents that have copies (none when the store keeps no clusters).</summary>
    public async Task<IReadOnlyDictionary<string, DocumentCluster>> GetClustersAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return _store is IClusterReader reader && documentIds.Count > 0
            ? await reader.GetClustersAsync(documentIds, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, DocumentCluster>();
    }

    /// <summary>
    /// Documents ranked by their best chunk, with the same prior on age as <see cref="RetrieveAsync"/> when an as-of date
    /// is given (no metadata read without one): for benchmarks and evaluation.
    /// </summary>
    public async Task<IReadOnlyList<RankedDocument>> RetrieveDocumentsAsync(string question, SearchFilters filters, int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var candidates = await FuseAsync(question, filters, cancellationToken).ConfigureAwait(false);
        if (filters.AsOf is not null && candidates.Count > 0)
        {
            candidates = await WithRecencyAsync(candidates, filters.AsOf.Value, cancellationToken).ConfigureAwait(false);
        }

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

            // With an as-of date but no window, the grace period's own ranking: a recent match gains what a window would
            // give it, and older articles stay in the other rankings.
            if (_options.RecencyWindowWeight > 0 && RecentFilters(filters) is { } recent)
            {
                var windowed = await _store.SearchLexicalAsync(question, recent, _options.Candidates, cancellationToken).ConfigureAwait(false);
                rankings.Add((windowed, _options.RecencyWindowWeight));
            }
        }

        // The question's vocabulary and names in the other language, searched among that language's articles only:
        // English questions about Korean articles and back. A corpus without such articles costs no second ranking.
        if (_options.CrossLingualWeight > 0 && CrossLingualFilters(question, filters) is { } crossFilters
            && _expander.Translate(question, await LearnedNamesAsync(cancellationToken).ConfigureAwait(false)) is { } translated)
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

    private async Task<NameLexicon> LearnedNamesAsync(CancellationToken cancellationToken)
    {
        await _names.EnsureLearnedAsync(cancellationToken).ConfigureAwait(false);
        return _names.Names;
    }

    /// <summary>The as-of date's grace period as a window, when the caller gave an as-of date and no earliest date.</summary>
    private SearchFilters? RecentFilters(SearchFilters filters) =>
        filters is { AsOf: { } asOf, From: null } && _options.RecencyGraceDays >= 1
            ? filters with { From = asOf.AddDays(-(int)_options.RecencyGraceDays) }
            : null;

    /// <summary>The filters for the translated question: the caller's, restricted to the translation's language; null when they exclude it.</summary>
    private static SearchFilters? CrossLingualFilters(string question, SearchFilters filters)
    {
        var target = CrossLingualQueryExpander.TargetLanguage(question);
        return filters.Language is { } wanted && !string.Equals(wanted, target, StringComparison.OrdinalIgnoreCase)
            ? null
            : filters with { Language = target };
    }

    private async Task<List<FusedCandidate>> WithRecencyAsync(List<FusedCandidate> candidates, DateOnly asOf, CancellationToken cancellationToken)
    {
        var chunks = await _store.GetChunksAsync(candidates.Select(c => c.ChunkId).ToList(), cancellationToken).ConfigureAwait(false);
        var published = chunks.ToDictionary(c => c.Chunk.Id, c => c.Document.Published, StringComparer.Ordinal);
        return candidates
            .Select(c => c with { Score = c.Score * _recency.Factor(published.GetValueOrDefault(c.ChunkId), asOf) })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.ChunkId, StringComparer.Ordinal)
            .ToList();
    }
}
