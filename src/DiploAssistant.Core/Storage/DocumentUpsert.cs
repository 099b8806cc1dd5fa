using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Storage;

/// <summary>One document to store through <see cref="IDocumentStore.UpsertManyAsync"/>: its article, content hash, chunks and their embeddings (same order).</summary>
public sealed record DocumentUpsert(
    Article Article,
    string ContentHash,
    IReadOnlyList<Chunk> Chunks,
    IReadOnlyList<ReadOnlyMemory<float>> Embeddings)
{
    /// <summary>The MinHash signature that finds its wire copies; null keeps the document its own cluster.</summary>
    public MinHashSignature? Signature { get; init; }
}
