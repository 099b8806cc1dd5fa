using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Storage.Postgres.Migration;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Migration;

[Collection(PostgresCollection.Name)]
public sealed class StoreMigratorTests : IAsyncLifetime
{
    private readonly PostgresServerFixture _server;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-migrate-" + Guid.NewGuid().ToString("N"));
    private string _connectionString = string.Empty;

    public StoreMigratorTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public async Task InitializeAsync()
    {
        _connectionString = await _server.CreateSchemaAsync();
        await using var sqlite = new SqliteDocumentStore(_directory);
        await SampleCorpus.StoreInAsync(sqlite);
        var undated = TestDocuments.Panmunjom with { Vectors = [SampleCorpus.Embedder.Embed("판문점")] };
        await undated.StoreInAsync(sqlite);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MigrateAsync_CopiesEveryDocumentChunkAndVector_SoBothStoresAnswerAlike()
    {
        await using var postgres = new PostgresDocumentStore(_connectionString);

        var report = await new StoreMigrator(batchSize: 2).MigrateAsync(_directory, postgres, null, CancellationToken.None);

        await using var sqlite = SqliteDocumentStore.OpenReadOnly(_directory);
        var expected = await sqlite.ListAsync(CancellationToken.None);
        Assert.Equal(expected.Count, report.Added);
        Assert.Equal(SampleCorpus.Embedder.Identity, report.Embedder);
        Assert.Equal(expected.Select(ToMicroseconds), await postgres.ListAsync(CancellationToken.None));
        Assert.Equal(await sqlite.GetStatisticsAsync(CancellationToken.None), await postgres.GetStatisticsAsync(CancellationToken.None));
        var query = SampleCorpus.Embedder.Embed("조현 칼라스 회담");
        Assert.Equal(
            (await sqlite.SearchVectorAsync(query, SearchFilters.None, 5, CancellationToken.None)).Select(h => h.ChunkId),
            (await postgres.SearchVectorAsync(query, SearchFilters.None, 5, CancellationToken.None)).Select(h => h.ChunkId));
        Assert.Equal(
            (await sqlite.SearchLexicalAsync("조현 칼라스 회담", SearchFilters.None, 5, CancellationToken.None)).Select(h => h.ChunkId),
            (await postgres.SearchLexicalAsync("조현 칼라스 회담", SearchFilters.None, 5, CancellationToken.None)).Select(h => h.ChunkId));
    }

    [Fact]
    public async Task MigrateAsync_EndsWithTheVectorIndexBuilt()
    {
        await using var postgres = new PostgresDocumentStore(_connectionString);

        await new StoreMigrator(batchSize: 2).MigrateAsync(_directory, postgres, null, CancellationToken.None);

        await using var connection = await postgres.OpenConnectionAsync(CancellationToken.None);
        await using var command = new Npgsql.NpgsqlCommand("SELECT to_regclass(quote_ident(current_schema()) || '.chunks_embedding') IS NOT NULL", connection);
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    /// <summary>Postgres keeps times to the microsecond; .NET clocks tick in 100 ns.</summary>
    private static DocumentSummary ToMicroseconds(DocumentSummary summary) =>
        summary with { IngestedAt = summary.IngestedAt.AddTicks(-(summary.IngestedAt.Ticks % 10)) };

    [Fact]
    public async Task MigrateAsync_ChangesNothing_WhenRunAgain()
    {
        await using var postgres = new PostgresDocumentStore(_connectionString);
        var first = await new StoreMigrator().MigrateAsync(_directory, postgres, null, CancellationToken.None);

        var second = await new StoreMigrator().MigrateAsync(_directory, postgres, null, CancellationToken.None);

        Assert.Equal(new MigrationReport(0, 0, first.Added, 0, first.Embedder), second);
    }

    [Fact]
    public async Task MigrateAsync_Refuses_WhenThePostgresStoreWasBuiltByAnotherEmbedder()
    {
        await using var postgres = new PostgresDocumentStore(_connectionString);
        await postgres.EnsureEmbedderAsync(new EmbedderIdentity("other", 3), CancellationToken.None);

        await Assert.ThrowsAsync<EmbedderMismatchException>(() =>
            new StoreMigrator().MigrateAsync(_directory, postgres, null, CancellationToken.None));

        Assert.Equal(0, (await postgres.GetStatisticsAsync(CancellationToken.None)).Documents);
    }
}
