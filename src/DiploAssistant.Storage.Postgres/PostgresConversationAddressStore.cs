using DiploAssistant.Core.Conversations;
using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres;

/// <summary>Conversation addresses for proactive sends in the Postgres store (table <c>conversation_addresses</c>), shared by every replica.</summary>
public sealed class PostgresConversationAddressStore : IConversationAddressStore
{
    private readonly PostgresDocumentStore _store;

    public PostgresConversationAddressStore(PostgresDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO conversation_addresses (conversation_id, channel_id, reference, seen_at) VALUES (@id, @channel, @reference, @seen)
            ON CONFLICT (conversation_id) DO UPDATE SET channel_id = excluded.channel_id, reference = excluded.reference, seen_at = excluded.seen_at
            """, connection);
        command.Parameters.AddWithValue("id", address.ConversationId);
        command.Parameters.AddWithValue("channel", address.ChannelId);
        command.Parameters.AddWithValue("reference", address.Reference);
        command.Parameters.AddWithValue("seen", address.SeenAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var found = await QueryAsync("WHERE conversation_id = @id", conversationId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync("ORDER BY seen_at, conversation_id", null, cancellationToken);

    private async Task<IReadOnlyList<ConversationAddress>> QueryAsync(string tail, string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT conversation_id, channel_id, reference, seen_at FROM conversation_addresses " + tail, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = (object?)conversationId ?? DBNull.Value });
        var addresses = new List<ConversationAddress>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            addresses.Add(new ConversationAddress(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return addresses;
    }
}
