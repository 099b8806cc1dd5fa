using DiploAssistant.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite.Channels;

/// <summary>Conversation addresses for proactive sends in the embedded store's database (table <c>conversation_addresses</c>).</summary>
public sealed class SqliteConversationAddressStore : IConversationAddressStore
{
    private readonly SqliteDocumentStore _store;

    public SqliteConversationAddressStore(SqliteDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_addresses (conversation_id, channel_id, reference, seen_at) VALUES ($id, $channel, $reference, $seen)
            ON CONFLICT (conversation_id) DO UPDATE SET channel_id = excluded.channel_id, reference = excluded.reference, seen_at = excluded.seen_at
            """;
        command.Parameters.AddWithValue("$id", address.ConversationId);
        command.Parameters.AddWithValue("$channel", address.ChannelId);
        command.Parameters.AddWithValue("$reference", address.Reference);
        command.Parameters.AddWithValue("$seen", address.SeenAt.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var found = await QueryAsync("WHERE conversation_id = $id", conversationId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync("ORDER BY seen_at, conversation_id", null, cancellationToken);

    private async Task<IReadOnlyList<ConversationAddress>> QueryAsync(string tail, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, channel_id, reference, seen_at FROM conversation_addresses " + tail;
        command.Parameters.AddWithValue("$id", (object?)conversationId ?? DBNull.Value);
        var addresses = new List<ConversationAddress>();
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            addresses.Add(new ConversationAddress(reader.GetString(0), reader.GetString(1), reader.GetString(2), new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero)));
        }

        return addresses;
    }
}
