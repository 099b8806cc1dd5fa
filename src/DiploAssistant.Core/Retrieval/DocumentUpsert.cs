using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Retrieval;

/// <summary>One document to store in a batch: the arguments of <see cref="IDocumentStore.UpsertAsync"/>.</summary>
public sealed record DocumentUpsert(
    Article Article,
    string ContentHash,
    IReadOnlyList<Chunk> Chunks,
    IReadOnlyList<ReadOnlyMemory<float>> Embeddings);
