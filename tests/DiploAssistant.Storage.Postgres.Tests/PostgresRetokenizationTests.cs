using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests;

/// <summary>Replicas meeting a store of another tokenizer: one re-tokenizes it, in one transaction, and the BM25 statistics follow.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRetokenizationTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly KoreanTokenizer Trigrams = new(new KoreanTokenizerOptions { Trigrams = true });
    private readonly RecordingLoggerProvider _logs = new();
    private readonly List<IAsyncDisposable> _opened = [];
    private ILoggerFactory _loggers = null!;
    private string _connectionString = string.Empty;
    private NpgsqlDataSource? _shared;

    public async Task InitializeAsync()
    {
        _loggers = LoggerFactory.Create(b => b.AddProvider(_logs));
        _connectionString = await server.CreateSchemaAsync();

        // PGlite is one connection: every store shares one data source (and nothing truly runs at once).
        if (server.IsSingleConnection)
        {
            _shared = PostgresDataSourceFactory.Create(_connectionString);
        }

        var writer = Open(new KoreanTokenizer());
        await writer.EnsureEmbedderAsync(new EmbedderIdentity(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);
        foreach (var document in TestDocuments.All)
        {
            await document.StoreInAsync(writer);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }

        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }

        _loggers.Dispose();
    }

    [Fact]
    public async Task ReplicasOpeningAStoreOfAnotherTokenizer_ReTokenizeItOnce_AndRecountItsTokens()
    {
        var before = await TokenTotalsAsync();
        var replicas = new[] { Open(Trigrams), Open(Trigrams) };

        var hits = await Task.WhenAll(replicas.Select(r => Task.Run(() => r.SearchLexicalAsync("판문점 방문", SearchFilters.None, 10, CancellationToken.None))));

        Assert.Equal(hits[0], hits[1]);
        Assert.Equal("panmunjom/0", hits[0][0].ChunkId);
        Assert.Single(_logs.Messages, m => m.Text == $"Re-tokenized 4 chunks: tokenizer {new KoreanTokenizer().Identity} → {Trigrams.Identity}");
        var after = await TokenTotalsAsync();
        Assert.Equal(after.Recorded, after.Counted);
        Assert.True(after.Counted > before.Counted, $"trigrams add terms: {before.Counted} → {after.Counted}");
        Assert.Equal(Trigrams.Identity, (await replicas[0].GetStatisticsAsync(CancellationToken.None)).TokenizerId);
    }

    private PostgresDocumentStore Open(ITextTokenizer tokenizer)
    {
        var logger = _loggers.CreateLogger<PostgresDocumentStore>();
        var store = _shared is null
            ? new PostgresDocumentStore(_connectionString, tokenizer, TimeProvider.System, logger: logger)
            : new PostgresDocumentStore(_shared, tokenizer, TimeProvider.System, logger: logger);
        _opened.Insert(0, store);
        return store;
    }

    /// <summary>The corpus token total BM25 reads (diplo_stats) and the sum of the chunks' own counts.</summary>
    private async Task<(long Recorded, long Counted)> TokenTotalsAsync()
    {
        await using var dataSource = _shared is null ? PostgresDataSourceFactory.Create(_connectionString) : null;
        await using var command = (dataSource ?? _shared!).CreateCommand(
            "SELECT (SELECT token_total FROM diplo_stats WHERE id = 1), (SELECT sum(token_count) FROM chunks)::bigint");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
