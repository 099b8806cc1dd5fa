using System.Collections.Concurrent;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Tests.Storage;

/// <summary>A third store backend, in memory, for the registration tests: it stores and lists documents; it does not search.</summary>
internal sealed class MemoryDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentUpsert> _documents = new();
    private EmbedderIdentity? _embedder;

    public Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        _embedder ??= embedder;
        return _embedder == embedder ? Task.CompletedTask : throw new EmbedderMismatchException(_embedder, embedder);
    }

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(documentIds
            .Where(_documents.ContainsKey)
            .ToDictionary(id => id, id => _documents[id].ContentHash));

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken)
    {
        var outcomes = new List<UpsertOutcome>();
        foreach (var document in documents)
        {
            var id = document.Article.Document.Id;
            var outcome = !_documents.TryGetValue(id, out var old) ? UpsertOutcome.Added
                : old.ContentHash == document.ContentHash ? UpsertOutcome.Unchanged
                : UpsertOutcome.Updated;
            _documents[id] = document;
            outcomes.Add(outcome);
        }

        return Task.FromResult<IReadOnlyList<UpsertOutcome>>(outcomes);
    }

    public Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.TryRemove(documentId, out _));

    public Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>([.. _documents.Values
            .OrderBy(d => d.Article.Document.Id, StringComparer.Ordinal)
            .Select(d => new DocumentSummary(d.Article.Document, d.Chunks.Count, d.ContentHash, DateTimeOffset.UnixEpoch))]);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreStatistics(_documents.Count, _documents.Values.Sum(d => d.Chunks.Count), null, _embedder?.ModelId));

    public Task<IReadOnlyList<ScoredChunk>> SearchLexicalAsync(string question, SearchFilters filters, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ScoredChunk>> SearchVectorAsync(ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<RetrievedChunk>> GetChunksAsync(IReadOnlyList<string> chunkIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Chunk>> ListChunksAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Chunk>>([.. _documents.Values.SelectMany(d => d.Chunks)]);

    public Task ReplaceEmbeddingsAsync(EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
