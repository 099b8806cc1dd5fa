using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, SqliteDocumentStore.FileName);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AStoreWrittenBeforeConversations_IsUpgradedInPlace_KeepingItsDocuments()
    {
        await WriteVersionOneStoreAsync();

        await using var store = new SqliteDocumentStore(_directory.Path);
        var history = new SqliteConversationStore(store, Options.Create(new ConversationHistoryOptions()), TimeProvider.System);
        var turn = new ConversationTurn("조현 장관은 어디에 갔나?", "조현 장관은 어디에 갔나?", "워싱턴 [1].", TimeProvider.System.GetUtcNow());
        await history.AppendAsync("19:upgraded@thread.v2", turn, CancellationToken.None);

        Assert.Single(await store.SearchLexicalAsync("워싱턴", SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal([turn], await history.GetRecentAsync("19:upgraded@thread.v2", CancellationToken.None));
        Assert.Equal((long)SqliteSchema.Version, Scalar("PRAGMA user_version"));
    }

    [Fact]
    public async Task AStore_Refuses_ASchemaWrittenByANewerVersion()
    {
        await using (var store = new SqliteDocumentStore(_directory.Path))
        {
            await store.GetStatisticsAsync(CancellationToken.None);
        }

        Scalar("PRAGMA user_version = 99");
        await using var older = new SqliteDocumentStore(_directory.Path);

        var error = await Assert.ThrowsAsync<DiploException>(() => older.GetStatisticsAsync(CancellationToken.None));

        Assert.Contains("schema 99", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A store as the first schema left it: documents and chunks, no conversation table, user_version 1.</summary>
    private async Task WriteVersionOneStoreAsync()
    {
        await using (var store = new SqliteDocumentStore(_directory.Path))
        {
            await StoreTestData.StoreAsync(store, StoreTestData.Article("a1", "조현 장관 방미", "조현 장관이 워싱턴에 도착했다."));
        }

        Scalar("DROP TABLE conversation_turns; PRAGMA user_version = 1;");
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'conversation_turns'"));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
