using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The store contract against PostgreSQL + pgvector, in a fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreContractTests : DocumentStoreContractTests
{
    private readonly PostgresServerFixture _server;
    private string? _connectionString;

    public PostgresDocumentStoreContractTests(PostgresServerFixture server)
    {
        _server = server;
    }

    public override async Task InitializeAsync()
    {
        _connectionString = await _server.CreateSchemaAsync();
        await base.InitializeAsync();
    }

    protected override Task<IDocumentStore> OpenStoreAsync(ITextTokenizer tokenizer) =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_connectionString!, tokenizer, Time));

    protected override async Task ForgetRecordedTokenizerAsync()
    {
        await using var dataSource = PostgresDataSourceFactory.Create(_connectionString!);
        await using var command = dataSource.CreateCommand("DELETE FROM diplo_meta WHERE key = 'tokenizer_id'");
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
