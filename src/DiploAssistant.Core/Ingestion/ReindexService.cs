using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Re-embeds every stored chunk with the configured embedder and records it as the store's embedder, in one atomic
/// replacement: the way to switch embedding models (<c>diplo reindex</c>) without ever mixing vectors.
/// </summary>
public sealed partial class ReindexService
{
    private const int BatchSize = 256;

    private readonly IDocumentStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly EmbedderIdentity _identity;
    private readonly ILogger<ReindexService> _logger;

    public ReindexService(
        IDocumentStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, EmbedderIdentity identity, ILogger<ReindexService> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _embedder = embedder;
        _identity = identity;
        _logger = logger;
    }

    /// <param name="progress">Receives the number of chunks embedded so far.</param>
    public async Task<ReindexReport> ReindexAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var previous = (await _store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false)).EmbedderId;
        var chunks = await _store.ListChunksAsync(cancellationToken).ConfigureAwait(false);
        var vectors = new Dictionary<string, ReadOnlyMemory<float>>(chunks.Count, StringComparer.Ordinal);
        foreach (var batch in chunks.Chunk(BatchSize))
        {
            var embeddings = await _embedder.GenerateAsync(batch.Select(c => c.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i].Id] = embeddings[i].Vector;
            }

            progress?.Report(vectors.Count);
        }

        await _store.ReplaceEmbeddingsAsync(_identity, vectors, cancellationToken).ConfigureAwait(false);
        LogReindexed(chunks.Count, previous, _identity.ToString());
        return new ReindexReport(chunks.Count, previous, _identity);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-embedded {Chunks} chunks: {Previous} → {Embedder}")]
    private partial void LogReindexed(int chunks, string? previous, string embedder);
}
