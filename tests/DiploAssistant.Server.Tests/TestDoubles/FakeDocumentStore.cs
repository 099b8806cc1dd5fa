using System.Collections.Concurrent;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Two documents in memory; listing, statistics, removal, and the chunks of articles a test adds (the fake ask service does no retrieval).</summary>
internal sealed class FakeDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSummary> _documents = new()
    {
        ["000_2028b9ba857662b1"] = Summary("000_2028b9ba857662b1", "한국·EU 고위 외교관들, 안보·무역 협력 논의", new DateOnly(2025, 6, 12)),
        ["002_db910010b746ffbf"] = Summary("002_db910010b746ffbf", "한·네덜란드, '2+2 외교·산업 고위급 대화' 개최", new DateOnly(2026, 2, 11)),
    };

    private readonly ConcurrentDictionary<string, RetrievedChunk> _chunks = new(StringComparer.Ordinal);

    private int _statisticsReads;

    public bool Unavailable { get; set; }

    /// <summary>Stores an article as chunks (text and start offset each), readable by id as the real stores do.</summary>
    public void AddArticle(DocumentInfo document, params (string Text, int Start)[] chunks)
    {
        for (var n = 0; n < chunks.Length; n++)
        {
            var id = Chunk.MakeId(document.Id, n);
            _chunks[id] = new RetrievedChunk(new Chunk(id, document.Id, n, chunks[n].Text, chunks[n].Start), document, 0);
        }
    }

    public int Count => _documents.Count;

    /// <summary>How many times the statistics were read (the readiness probe reuses a recent read).</summary>
    public int StatisticsReads => _statisticsReads;

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _statisticsReads);
        if (Unavailable)
        {
            throw new IOException("the store is unavailable");
        }

        return Task.FromResult(new StoreStatistics(_documents.Count, _documents.Values.Sum(d => d.ChunkCount), _documents.Values.Max(d => d.Document.Published), "fake"));
    }

    public Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>([.. _documents.Values.OrderBy(d => d.Document.Id)]);

    public Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.TryRemove(documentId, out _));

    public Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Chunk>> ListChunksAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task ReplaceEmbeddingsAsync(EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ScoredChunk>> SearchLexicalAsync(string question, SearchFilters filters, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ScoredChunk>> SearchVectorAsync(ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<RetrievedChunk>> GetChunksAsync(IReadOnlyList<string> chunkIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RetrievedChunk>>([.. chunkIds.Select(id => _chunks.GetValueOrDefault(id)).OfType<RetrievedChunk>()]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static DocumentSummary Summary(string id, string title, DateOnly published) =>
        new(new DocumentInfo(id, title, "뉴시스", null, $"data/{id}.txt", published, "ko"), 3, "hash-" + id, DateTimeOffset.UnixEpoch);
}
