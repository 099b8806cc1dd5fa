using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Core.Watches;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The watches against PostgreSQL, in a fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWatchStoreContractTests(PostgresServerFixture server) : WatchStoreContractTests
{
    private string? _connectionString;

    public override async Task InitializeAsync()
    {
        _connectionString = await server.CreateSchemaAsync();
        await base.InitializeAsync();
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new PostgresDocumentStore(_connectionString!, new KoreanTokenizer(), Time));

    protected override IWatchStore Watches(IDocumentStore store) => new PostgresWatchStore((PostgresDocumentStore)store);
}
