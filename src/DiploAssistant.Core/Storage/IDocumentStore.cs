using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// The retrieval store: documents, their chunks, lexical index and vectors. Implementations: SQLite (embedded) and PostgreSQL.
/// Every write of one document is atomic: readers see the old version or the new one, never a mix.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Records the embedder on first use; throws <see cref="EmbedderMismatchException"/> when the store was built by another.</summary>
    Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken);

    /// <summary>
    /// The stored content hashes of those of <paramref name="documentIds"/> that are stored, read at once: lets ingestion skip
    /// a batch's unchanged documents before embedding them.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or atomically replaces documents with their chunks and embeddings (same order as chunks), in one transaction
    /// and few round trips: all are written, or none (a failure throws and leaves every previous version intact). Outcomes follow the order given; a repeated id sees the version before it.
    /// Each document stays atomic, and concurrent writers of the same document leave exactly one version.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken);

    /// <summary>Deletes a document and its chunks; false when it was not there.</summary>
    Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>BM25-ranked chunks for the question text (tokenized by the store's tokenizer), best first.</summary>
    Task<IReadOnlyList<ScoredChunk>> SearchLexicalAsync(string question, SearchFilters filters, int limit, CancellationToken cancellationToken);

    /// <summary>Chunks by cosine similarity to the query vector, best first.</summary>
    Task<IReadOnlyList<ScoredChunk>> SearchVectorAsync(ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken);

    /// <summary>Chunks with their documents' metadata, in the order of the ids given (unknown ids skipped).</summary>
    Task<IReadOnlyList<RetrievedChunk>> GetChunksAsync(IReadOnlyList<string> chunkIds, CancellationToken cancellationToken);

    /// <summary>Every stored chunk, by document id then ordinal: what <c>diplo reindex</c> re-embeds.</summary>
    Task<IReadOnlyList<Chunk>> ListChunksAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Atomically replaces every chunk's vector (keyed by chunk id) and records <paramref name="embedder"/> as the store's
    /// embedder. Throws <see cref="DiploException"/> and changes nothing when a stored chunk has no vector in
    /// <paramref name="embeddings"/> (the store changed since <see cref="ListChunksAsync"/>) or a vector's length is not
    /// the embedder's dimensions.
    /// </summary>
    Task ReplaceEmbeddingsAsync(EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken);
}
