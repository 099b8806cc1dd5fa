using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>One-document forms of the store's batch calls, for tests that write or read a single document.</summary>
internal static class DocumentStoreTestExtensions
{
    public static async Task<UpsertOutcome> UpsertAsync(
        this IDocumentStore store,
        Article article,
        string contentHash,
        IReadOnlyList<Chunk> chunks,
        IReadOnlyList<ReadOnlyMemory<float>> embeddings,
        CancellationToken cancellationToken)
    {
        var outcomes = await store.UpsertManyAsync([new DocumentUpsert(article, contentHash, chunks, embeddings)], cancellationToken);
        return outcomes[0];
    }

    public static async Task<string?> GetContentHashAsync(this IDocumentStore store, string documentId, CancellationToken cancellationToken)
    {
        var hashes = await store.GetContentHashesAsync([documentId], cancellationToken);
        return hashes.GetValueOrDefault(documentId);
    }
}
