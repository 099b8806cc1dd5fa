using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests.Ingestion;

/// <summary>
/// Batched ingestion into PostgreSQL + pgvector, in a fresh schema per test. On PGlite (one connection) the stores of a
/// test share one data source, so two pipelines' transactions interleave rather than overlap.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestionPipelineTests : IngestionPipelineContractTests
{
    private readonly PostgresServerFixture _server;
    private string? _connectionString;
    private NpgsqlDataSource? _shared;

    public PostgresIngestionPipelineTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public override async Task InitializeAsync()
    {
        _connectionString = await _server.CreateSchemaAsync();
        _shared = _server.IsSingleConnection ? PostgresDataSourceFactory.Create(_connectionString) : null;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }

    protected override Task<IDocumentStore> OpenStoreAsync() =>
        Task.FromResult<IDocumentStore>(_shared is null
            ? new PostgresDocumentStore(_connectionString!, new KoreanTokenizer(), Time)
            : new PostgresDocumentStore(_shared, new KoreanTokenizer(), Time));
}
