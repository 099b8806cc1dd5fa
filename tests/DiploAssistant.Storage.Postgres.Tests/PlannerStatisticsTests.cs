using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PlannerStatisticsTests
{
    private static readonly PostgresDocumentStoreOptions SmallThreshold = new() { AnalyzeThreshold = 50, AnalyzeScaleFactor = 0.1 };

    private readonly PostgresServerFixture _server;

    public PlannerStatisticsTests(PostgresServerFixture server)
    {
        _server = server;
    }

    [Theory]
    [InlineData(100, -1, true)]
    [InlineData(50, -1, false)]
    [InlineData(1_160, 1_000, true)]
    [InlineData(1_150, 1_000, false)]
    [InlineData(840, 1_000, true)]
    [InlineData(0, 0, false)]
    public void TheChunkCount_IsStale_WhenItMovedPastThresholdPlusScaleTimesTheAnalyzedRows(long rows, double analyzed, bool stale) =>
        Assert.Equal(stale, PostgresPlannerStatistics.IsStale(rows, analyzed, threshold: 50, scale: 0.1));

    [Fact]
    public async Task ABulkLoad_LeavesTheChunksAndDocumentsAnalyzed()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using var store = await TestStores.OpenAsync(connectionString, SmallThreshold);

        await store.UpsertManyAsync(Documents(0, 120), CancellationToken.None);

        Assert.Equal(120, await ReadAsync(connectionString, "SELECT reltuples::float8 FROM pg_class WHERE oid = 'chunks'::regclass"));
        Assert.Equal(120, await ReadAsync(connectionString, "SELECT reltuples::float8 FROM pg_class WHERE oid = 'documents'::regclass"));
    }

    [Fact]
    public async Task SmallBatches_DoNotReanalyze_UntilTheCountHasMovedEnough()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using var store = await TestStores.OpenAsync(connectionString, SmallThreshold);
        await store.UpsertManyAsync(Documents(0, 1_000), CancellationToken.None);

        await store.UpsertManyAsync(Documents(1_000, 100), CancellationToken.None);
        var afterSmallBatch = await ReadAsync(connectionString, "SELECT reltuples::float8 FROM pg_class WHERE oid = 'chunks'::regclass");
        await store.UpsertManyAsync(Documents(1_100, 100), CancellationToken.None);
        var afterSecondBatch = await ReadAsync(connectionString, "SELECT reltuples::float8 FROM pg_class WHERE oid = 'chunks'::regclass");

        Assert.Equal(1_000, afterSmallBatch);
        Assert.Equal(1_200, afterSecondBatch);
    }

    [Fact]
    public async Task WithoutAScaleFactor_TheStatisticsAreLeftToAutovacuum()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using var store = await TestStores.OpenAsync(connectionString, new PostgresDocumentStoreOptions { AnalyzeScaleFactor = null });

        await store.UpsertManyAsync(Documents(0, 120), CancellationToken.None);

        Assert.Equal(-1, await ReadAsync(connectionString, "SELECT reltuples::float8 FROM pg_class WHERE oid = 'chunks'::regclass"));
    }

    [Fact]
    public async Task Searches_FindTheSameChunks_WithOrWithoutStatistics()
    {
        var analyzed = await _server.CreateSchemaAsync();
        var unanalyzed = await _server.CreateSchemaAsync();
        await using var withStatistics = await TestStores.OpenAsync(analyzed, SmallThreshold);
        await using var withoutStatistics = await TestStores.OpenAsync(unanalyzed, new PostgresDocumentStoreOptions { AnalyzeScaleFactor = null });
        await withStatistics.UpsertManyAsync(Documents(0, 300), CancellationToken.None);
        await withoutStatistics.UpsertManyAsync(Documents(0, 300), CancellationToken.None);

        var expected = await withoutStatistics.SearchLexicalAsync("협력 회담 7", SearchFilters.None, 10, CancellationToken.None);
        var actual = await withStatistics.SearchLexicalAsync("협력 회담 7", SearchFilters.None, 10, CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.ChunkId, Math.Round(h.Score, 9))), actual.Select(h => (h.ChunkId, Math.Round(h.Score, 9))));
    }

    /// <summary>Documents of one chunk each; every 7th mentions talks (회담), all of them cooperation (협력).</summary>
    private static List<DocumentUpsert> Documents(int first, int count) =>
        Enumerable.Range(first, count)
            .Select(i => new TestDocument(
                new DocumentInfo($"doc-{i}", $"외교 협력 {i}", "뉴시스", null, $"data/doc-{i}.txt", new DateOnly(2026, 1, 1).AddDays(i % 300), "ko"),
                $"hash-{i}",
                [i % 7 == 0 ? $"양측은 {i}번째 회담에서 협력을 논의했다." : $"장관이 {i}일 협력 방안을 발표했다."],
                [TestVectors.Unit(1, i % 5, 0, 0)]).ToUpsert())
            .ToList();

    private static async Task<double> ReadAsync(string connectionString, string sql)
    {
        await using var dataSource = PostgresDataSourceFactory.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToDouble(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
