using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Core.Watches;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The watches against the embedded SQLite store, in a fresh directory per test.</summary>
public sealed class SqliteWatchStoreContractTests : WatchStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-watches-" + Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IDocumentStore> OpenDocumentStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(_directory, new KoreanTokenizer(), Time));

    protected override IWatchStore Watches(IDocumentStore store) => new SqliteWatchStore((SqliteDocumentStore)store);
}
