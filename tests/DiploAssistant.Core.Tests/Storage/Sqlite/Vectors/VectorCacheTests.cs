using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Vectors;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite.Vectors;

/// <summary>
/// The vector cache catches up from the change log after writes, in this store or another, and the result is what a freshly
/// loaded cache would give; writes the log cannot describe make it reload everything.
/// </summary>
public sealed class VectorCacheTests : IDisposable
{
    private static readonly string[] Questions = ["북한 미사일 발사", "한미 외교장관 회담", "대사관 영사 업무", "통일부 장관 방문", "일본 총리 정상회담"];

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AfterAdditionsReplacementsAndRemovals_InThisStore_SearchMatchesAFreshlyLoadedCache()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreInitialArticlesAsync(store);
        await SearchAllAsync(store);

        await ChangeArticlesAsync(store);

        Assert.Equal(await SearchFreshAsync(), await SearchAllAsync(store));
        Assert.Equal(1, store.VectorFullLoads);
    }

    [Fact]
    public async Task AfterWritesByAnotherStoreInstance_SearchMatchesAFreshlyLoadedCache_WithoutAFullReload()
    {
        await using var reader = new SqliteDocumentStore(_directory.Path);
        await StoreInitialArticlesAsync(reader);
        var before = await SearchAllAsync(reader);

        await using (var writer = new SqliteDocumentStore(_directory.Path))
        {
            await ChangeArticlesAsync(writer);
        }

        var after = await SearchAllAsync(reader);
        Assert.NotEqual(before, after);
        Assert.Equal(await SearchFreshAsync(), after);
        Assert.Equal(1, reader.VectorFullLoads);
    }

    [Fact]
    public async Task OverManySmallBatches_EachSearchMatchesAFreshlyLoadedCache_WithoutAFullReload()
    {
        await using var reader = new SqliteDocumentStore(_directory.Path);
        for (var i = 0; i < 40; i++)
        {
            await StoreTestData.StoreAsync(reader, StoreTestData.Article($"n{i}", $"기사 {i}", $"{Questions[i % Questions.Length]} {i}\n\n후속 보도 {i}"));
        }

        await SearchAllAsync(reader);
        await using var writer = new SqliteDocumentStore(_directory.Path);
        for (var round = 0; round < 12; round++)
        {
            await StoreTestData.StoreAsync(writer, StoreTestData.Article($"n{round}", "수정", $"{Questions[(round + 2) % Questions.Length]} 수정 {round}"));
            await StoreTestData.StoreAsync(writer, StoreTestData.Article($"new{round}", "추가", $"{Questions[round % Questions.Length]} 추가\n\n둘째 {round}"));
            await writer.RemoveAsync($"n{39 - round}", CancellationToken.None);

            Assert.Equal(await SearchFreshAsync(), await SearchAllAsync(reader));
        }

        Assert.Equal(1, reader.VectorFullLoads);
    }

    [Fact]
    public async Task ADocumentReplacedUnderAReusedRowId_IsSeenWithItsNewVectors()
    {
        await using var reader = new SqliteDocumentStore(_directory.Path);
        await StoreInitialArticlesAsync(reader);
        await StoreTestData.StoreAsync(reader, StoreTestData.Article("last", "마지막", "북한 미사일 발사 규탄"));
        await SearchAllAsync(reader);

        await using (var writer = new SqliteDocumentStore(_directory.Path))
        {
            await writer.RemoveAsync("last", CancellationToken.None);
            await StoreTestData.StoreAsync(writer, StoreTestData.Article("other", "다른 기사", "일본 총리 정상회담 개최"));
        }

        var hits = await SearchAllAsync(reader);
        Assert.DoesNotContain(hits, h => h.DocumentId == "last");
        Assert.Contains(hits, h => h.DocumentId == "other");
        Assert.Equal(await SearchFreshAsync(), hits);
    }

    [Fact]
    public async Task AReindex_WhichRewritesEveryVector_MakesTheCacheReloadEverything()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreInitialArticlesAsync(store);
        var before = await SearchAllAsync(store);

        await using (var reindexer = new SqliteDocumentStore(_directory.Path))
        {
            var chunks = await reindexer.ListChunksAsync(CancellationToken.None);
            var vectors = chunks.ToDictionary(c => c.Id, c => (ReadOnlyMemory<float>)StoreTestData.Embed(new string([.. c.Text.Reverse()]) + " 재색인"));
            await reindexer.ReplaceEmbeddingsAsync(StoreTestData.Identity, vectors, CancellationToken.None);
        }

        var after = await SearchAllAsync(store);
        Assert.NotEqual(before, after);
        Assert.Equal(await SearchFreshAsync(), after);
        Assert.Equal(2, store.VectorFullLoads);
    }

    [Fact]
    public async Task ACacheOlderThanThePrunedLog_ReloadsEverything()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreInitialArticlesAsync(store);
        await SearchAllAsync(store);

        await using (var writer = new SqliteDocumentStore(_directory.Path))
        {
            await StoreTestData.StoreAsync(writer, StoreTestData.Article("a1", "조현 장관 방미", "통일부 장관 방문 일정 변경"));
            for (var i = 0; i < DocumentChangeLog.KeptGenerations; i++)
            {
                await StoreTestData.StoreAsync(writer, StoreTestData.Article($"filler{i}", "기타", $"기타 기사 {i}"));
            }
        }

        Assert.Equal(await SearchFreshAsync(), await SearchAllAsync(store));
        Assert.Equal(2, store.VectorFullLoads);
        Assert.Equal((long)DocumentChangeLog.KeptGenerations, Scalar("SELECT COUNT(DISTINCT generation) FROM document_changes"));
    }

    [Fact]
    public async Task AStoreFromSchemaTwo_IsMigrated_AndItsCacheCatchesUpAfterward()
    {
        await using (var old = new SqliteDocumentStore(_directory.Path))
        {
            await StoreInitialArticlesAsync(old);
        }

        Scalar("DROP TABLE document_changes; DELETE FROM meta WHERE key = 'changes_from'; ALTER TABLE conversation_turns DROP COLUMN cited_documents; PRAGMA user_version = 2;");

        await using var store = new SqliteDocumentStore(_directory.Path);
        await SearchAllAsync(store);
        await ChangeArticlesAsync(store);

        Assert.Equal((long)SqliteSchema.Version, Scalar("PRAGMA user_version"));
        Assert.Equal(await SearchFreshAsync(), await SearchAllAsync(store));
        Assert.Equal(1, store.VectorFullLoads);
    }

    private static async Task StoreInitialArticlesAsync(IDocumentStore store)
    {
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "조현 장관 방미", "한미 외교장관 회담\n\n북한 미사일 발사 대응 논의"));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a2", "영사 업무", "대사관 영사 업무 확대\n\n재외국민 보호"));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a3", "통일부", "통일부 장관 방문\n\n남북 대화 제안\n\n이산가족 상봉"));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a4", "한일 관계", "일본 총리 정상회담\n\n과거사 문제"));
    }

    /// <summary>Adds a document, replaces one with more paragraphs, another with fewer, and removes a fourth.</summary>
    private static async Task ChangeArticlesAsync(IDocumentStore store)
    {
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a5", "미사일", "북한 미사일 발사 규탄 성명\n\n안보리 회의"));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "조현 장관 방미", "한미 외교장관 회담 결과\n\n관세 협상\n\n북한 미사일"));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a3", "통일부", "통일부 장관 방문 취소"));
        await store.RemoveAsync("a2", CancellationToken.None);
    }

    private async Task<List<ScoredChunk>> SearchFreshAsync()
    {
        await using var fresh = new SqliteDocumentStore(_directory.Path);
        return await SearchAllAsync(fresh);
    }

    private static async Task<List<ScoredChunk>> SearchAllAsync(IDocumentStore store)
    {
        var hits = new List<ScoredChunk>();
        foreach (var question in Questions)
        {
            hits.AddRange(await store.SearchVectorAsync(StoreTestData.Embed(question), SearchFilters.None, 100, CancellationToken.None));
        }

        return hits;
    }

    private object? Scalar(string sql)
    {
        var path = Path.Combine(_directory.Path, SqliteDocumentStore.FileName);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
