using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests;

/// <summary>The same articles in both stores are found in the same order with the same scores, by every retrieval method.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreParityTests : IAsyncLifetime
{
    private readonly PostgresServerFixture _server;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-parity-" + Guid.NewGuid().ToString("N"));
    private SqliteDocumentStore? _sqlite;
    private PostgresDocumentStore? _postgres;

    public StoreParityTests(PostgresServerFixture server)
    {
        _server = server;
    }

    private SqliteDocumentStore Sqlite => _sqlite!;

    private PostgresDocumentStore Postgres => _postgres!;

    public async Task InitializeAsync()
    {
        _sqlite = new SqliteDocumentStore(_directory);
        _postgres = new PostgresDocumentStore(await _server.CreateSchemaAsync());
        await SampleCorpus.StoreInAsync(Sqlite);
        await SampleCorpus.StoreInAsync(Postgres);
    }

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await Sqlite.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task LexicalSearch_RanksLikeSqliteBm25_WithTheSameScores()
    {
        foreach (var question in SampleCorpus.Questions)
        {
            var expected = await Sqlite.SearchLexicalAsync(question, SearchFilters.None, 20, CancellationToken.None);
            var actual = await Postgres.SearchLexicalAsync(question, SearchFilters.None, 20, CancellationToken.None);

            Assert.Equal(expected.Select(h => h.ChunkId), actual.Select(h => h.ChunkId));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-9));
        }
    }

    [Fact]
    public async Task LexicalSearch_WithFilters_RanksLikeSqlite()
    {
        var filters = new SearchFilters(From: new DateOnly(2026, 1, 11), Source: "뉴시스");

        var expected = await Sqlite.SearchLexicalAsync("외교 협력", filters, 20, CancellationToken.None);
        var actual = await Postgres.SearchLexicalAsync("외교 협력", filters, 20, CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.ChunkId), actual.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task VectorSearch_RanksLikeSqlite_WithTheSameCosines()
    {
        foreach (var question in SampleCorpus.Questions)
        {
            var query = SampleCorpus.Embedder.Embed(question);
            var expected = await Sqlite.SearchVectorAsync(query, SearchFilters.None, 10, CancellationToken.None);
            var actual = await Postgres.SearchVectorAsync(query, SearchFilters.None, 10, CancellationToken.None);

            Assert.Equal(expected.Select(h => h.ChunkId), actual.Select(h => h.ChunkId));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5));
        }
    }

    [Fact]
    public async Task HybridRetrieval_ReturnsTheSameChunksInTheSameOrder()
    {
        var fromSqlite = new HybridRetriever(Sqlite, SampleCorpus.Embedder);
        var fromPostgres = new HybridRetriever(Postgres, SampleCorpus.Embedder);
        foreach (var question in SampleCorpus.Questions)
        {
            var expected = await fromSqlite.RetrieveAsync(question, SearchFilters.None, 5, CancellationToken.None);
            var actual = await fromPostgres.RetrieveAsync(question, SearchFilters.None, 5, CancellationToken.None);

            Assert.Equal(expected.Select(c => c.Chunk), actual.Select(c => c.Chunk));
            Assert.Equal(expected.Select(c => c.Document), actual.Select(c => c.Document));
        }
    }
}
