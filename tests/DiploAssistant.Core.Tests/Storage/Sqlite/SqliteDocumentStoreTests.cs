using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task UpsertAsync_ReportsAdded_ThenUnchanged_ForTheSameContent()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        var article = StoreTestData.Article("a1", "조현 장관 방미", "조현 장관이 워싱턴에 도착했다.");

        Assert.Equal(UpsertOutcome.Added, await StoreTestData.StoreAsync(store, article));
        Assert.Equal(UpsertOutcome.Unchanged, await StoreTestData.StoreAsync(store, article));
        Assert.Equal(StoreTestData.Hash(article.Text), await store.GetContentHashAsync("a1", CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_directory.Path, SqliteDocumentStore.FileName)));
    }

    [Fact]
    public async Task UpsertAsync_ReplacesOldChunks_WhenContentChanges()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "제목", "첫 문단 외교부\n\n둘째 문단 대사관\n\n셋째 문단 영사"));

        var outcome = await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "제목", "새 문단 통일부"));

        Assert.Equal(UpsertOutcome.Updated, outcome);
        var stats = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(1, stats.Documents);
        Assert.Equal(1, stats.Chunks);
        Assert.Empty(await store.SearchLexicalAsync("대사관", SearchFilters.None, 10, CancellationToken.None));
        Assert.Single(await store.SearchLexicalAsync("통일부", SearchFilters.None, 10, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_RejectsMismatchedEmbeddings_AndKeepsThePreviousVersion()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        var original = StoreTestData.Article("a1", "제목", "원래 기사 본문");
        await StoreTestData.StoreAsync(store, original);
        var changed = StoreTestData.Article("a1", "제목", "바뀐 기사 본문");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.UpsertAsync(changed, "other-hash", StoreTestData.Chunks(changed), [], CancellationToken.None));

        Assert.Equal(StoreTestData.Hash(original.Text), await store.GetContentHashAsync("a1", CancellationToken.None));
        Assert.Single(await store.SearchLexicalAsync("원래", SearchFilters.None, 10, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_ThatFailsWhileWriting_LeavesThePreviousVersionIntact()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        var original = StoreTestData.Article("a1", "제목", "원래 기사 본문");
        await StoreTestData.StoreAsync(store, original);
        var changed = StoreTestData.Article("a1", "제목", "바뀐 기사");
        var duplicate = new Chunk("a1/0", "a1", 0, "바뀐 기사", 0);

        // Two chunks with the same id: the second insert violates the unique key after the old chunks were deleted.
        await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(
            changed, "other-hash", [duplicate, duplicate with { Ordinal = 1 }], StoreTestData.Embeddings([duplicate, duplicate]), CancellationToken.None));

        Assert.Equal(StoreTestData.Hash(original.Text), await store.GetContentHashAsync("a1", CancellationToken.None));
        var chunks = await store.GetChunksAsync(["a1/0"], CancellationToken.None);
        Assert.Equal("원래 기사 본문", Assert.Single(chunks).Chunk.Text);
    }

    [Fact]
    public async Task RemoveAsync_DeletesTheDocumentAndItsIndexEntries()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "제목", "칼라스 고위대표 회담"));

        Assert.True(await store.RemoveAsync("a1", CancellationToken.None));
        Assert.False(await store.RemoveAsync("a1", CancellationToken.None));

        Assert.Empty(await store.SearchLexicalAsync("칼라스", SearchFilters.None, 10, CancellationToken.None));
        Assert.Empty(await store.SearchVectorAsync(StoreTestData.Embed("칼라스"), SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal(0, (await store.GetStatisticsAsync(CancellationToken.None)).Chunks);
    }

    [Fact]
    public async Task EnsureEmbedderAsync_Throws_WhenTheStoreWasBuiltByAnotherEmbedder()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await store.EnsureEmbedderAsync(new EmbedderIdentity("hashing-ngrams-v1", 512), CancellationToken.None);
        await store.EnsureEmbedderAsync(new EmbedderIdentity("hashing-ngrams-v1", 512), CancellationToken.None);

        var error = await Assert.ThrowsAsync<EmbedderMismatchException>(() =>
            store.EnsureEmbedderAsync(new EmbedderIdentity("text-embedding-3-small", 1536), CancellationToken.None));

        Assert.Contains("hashing-ngrams-v1 (512 dimensions)", error.Message, StringComparison.Ordinal);
        Assert.Contains("text-embedding-3-small (1536 dimensions)", error.Message, StringComparison.Ordinal);
        Assert.Equal("hashing-ngrams-v1", (await store.GetStatisticsAsync(CancellationToken.None)).EmbedderId);
    }

    [Fact]
    public async Task AReopenedStore_SeesTheStoredDocuments()
    {
        await using (var store = new SqliteDocumentStore(_directory.Path))
        {
            await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "한미 외교장관 회담", "조현 장관과 루비오 장관이 만났다.", new DateOnly(2025, 8, 1)));
        }

        await using var reopened = SqliteDocumentStore.OpenReadOnly(_directory.Path);
        var listed = Assert.Single(await reopened.ListAsync(CancellationToken.None));
        Assert.Equal("한미 외교장관 회담", listed.Document.Title);
        Assert.Equal(new DateOnly(2025, 8, 1), listed.Document.Published);
        Assert.Equal(1, listed.ChunkCount);
        Assert.Single(await reopened.SearchLexicalAsync("루비오", SearchFilters.None, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_RecordsIngestionTime_FromTheInjectedClock()
    {
        var time = new FixedTimeProvider(new DateTimeOffset(2026, 2, 11, 9, 30, 0, TimeSpan.Zero));
        await using var store = new SqliteDocumentStore(_directory.Path, timeProvider: time);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "제목", "본문"));

        var listed = Assert.Single(await store.ListAsync(CancellationToken.None));

        Assert.Equal(time.GetUtcNow(), listed.IngestedAt);
    }

    [Fact]
    public async Task SearchVectorAsync_SeesDocumentsWrittenByAnotherConnection()
    {
        await using var reader = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(reader, StoreTestData.Article("a1", "제목", "북한 미사일 발사"));
        Assert.Single(await reader.SearchVectorAsync(StoreTestData.Embed("미사일"), SearchFilters.None, 10, CancellationToken.None));

        await using (var writer = new SqliteDocumentStore(_directory.Path))
        {
            await StoreTestData.StoreAsync(writer, StoreTestData.Article("a2", "제목", "미사일 방어 협력"));
        }

        var hits = await reader.SearchVectorAsync(StoreTestData.Embed("미사일"), SearchFilters.None, 10, CancellationToken.None);
        Assert.Equal(["a1", "a2"], hits.Select(h => h.DocumentId).Order());
    }

    [Fact]
    public async Task GetChunksAsync_ReturnsChunksInTheOrderAsked_WithTheirDocuments()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "제목", "첫째\n\n둘째", source: "뉴시스"));

        var chunks = await store.GetChunksAsync(["a1/1", "missing", "a1/0"], CancellationToken.None);

        Assert.Equal(["둘째", "첫째"], chunks.Select(c => c.Chunk.Text));
        Assert.All(chunks, c => Assert.Equal("뉴시스", c.Document.Source));
    }
}
