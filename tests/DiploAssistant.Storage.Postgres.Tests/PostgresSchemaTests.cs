using DiploAssistant.Core;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests
{
    private readonly PostgresServerFixture _server;

    public PostgresSchemaTests(PostgresServerFixture server)
    {
        _server = server;
    }

    [Fact]
    public async Task TheSchema_IsCreatedOnce_HoweverManyStoresStart()
    {
        var connectionString = await _server.CreateSchemaAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var store = new PostgresDocumentStore(connectionString);
            await store.EnsureEmbedderAsync(new(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);
        }

        Assert.Equal("1,2,3,4,5,6,7", await ReadAsync(connectionString, "SELECT string_agg(version::text, ',' ORDER BY version) FROM diplo_schema_version"));
        Assert.Equal("hnsw", await ReadAsync(connectionString,
            "SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE c.relname = 'chunks_embedding' AND c.relnamespace = current_schema()::regnamespace"));
    }

    [Fact]
    public async Task ADatabaseWrittenBeforeConversations_IsMigrated_KeepingItsDocuments()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using (var store = new PostgresDocumentStore(connectionString))
        {
            await store.EnsureEmbedderAsync(new(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);
            await TestDocuments.Brussels.StoreInAsync(store);
        }

        await ReadAsync(connectionString, "DROP TABLE conversation_turns, sent_answers, answer_feedback, conversation_addresses, transcript_entries, transcripts, watches, document_bands, document_clusters; DELETE FROM diplo_schema_version WHERE version >= 2; SELECT 1");
        await using var upgraded = new PostgresDocumentStore(connectionString);
        var time = new ManualTimeProvider();
        var history = new PostgresConversationStore(upgraded, Options.Create(new ConversationHistoryOptions()), time);
        var turn = new ConversationTurn("question", "question", "answer [1].", time.GetUtcNow());

        await history.AppendAsync("a:1Xy", turn, CancellationToken.None);

        Assert.Equal(1, (await upgraded.GetStatisticsAsync(CancellationToken.None)).Documents);
        Assert.Equal([turn], await history.GetRecentAsync("a:1Xy", CancellationToken.None));
        Assert.Equal("1,2,3,4,5,6,7", await ReadAsync(connectionString, "SELECT string_agg(version::text, ',' ORDER BY version) FROM diplo_schema_version"));
    }

    [Fact]
    public async Task AStore_Refuses_ASchemaWrittenByANewerVersion()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using (var store = new PostgresDocumentStore(connectionString))
        {
            await store.GetStatisticsAsync(CancellationToken.None);
        }

        await ReadAsync(connectionString, "INSERT INTO diplo_schema_version (version) VALUES (99) RETURNING version::text");
        await using var newer = new PostgresDocumentStore(connectionString);

        var error = await Assert.ThrowsAsync<DiploException>(() => newer.GetStatisticsAsync(CancellationToken.None));

        Assert.Contains("schema 99", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> ReadAsync(string connectionString, string sql)
    {
        await using var dataSource = PostgresDataSourceFactory.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
