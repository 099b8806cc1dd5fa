using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Storage;

/// <summary>One document to store through <see cref="IDocumentStore.UpsertManyAsync"/>: its article, content hash, chunks and their embeddings (same order).</summary>
public sealed record DocumentUpsert(
    Article Article,
    string ContentHash,
    IReadOnlyList<Chunk> Chunks,
    IReadOnlyList<ReadOnlyMemory<float>> Embeddings);
