using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The store contract against the embedded SQLite store, in a fresh directory per test.</summary>
public sealed class SqliteDocumentStoreContractTests : DocumentStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-contract-" + Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IDocumentStore> OpenStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(_directory, new KoreanTokenizer(), Time));
}
