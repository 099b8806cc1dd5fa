using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;

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

    protected override Task<IDocumentStore> OpenStoreAsync(ITextTokenizer tokenizer) =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(_directory, tokenizer, Time));

    protected override async Task ForgetRecordedTokenizerAsync()
    {
        var path = Path.Combine(_directory, SqliteDocumentStore.FileName);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM meta WHERE key = 'tokenizer_id'";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
