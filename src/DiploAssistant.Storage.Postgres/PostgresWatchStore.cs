using DiploAssistant.Core.Watches;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// The conversations' watches in the Postgres store (table <c>watches</c>), shared by every replica: a digest is claimed
/// with the watch's row locked, so two replicas loading at once send it once.
/// </summary>
public sealed class PostgresWatchStore : IWatchStore
{
    private const string Columns = "SELECT id, conversation_id, channel_id, query, created_at, last_digest_at, pending FROM watches ";
    private readonly PostgresDocumentStore _store;

    public PostgresWatchStore(PostgresDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task<Watch> AddAsync(string conversationId, string channelId, string query, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO watches (conversation_id, channel_id, query, created_at) VALUES (@conversation, @channel, @query, @created) RETURNING id, created_at
            """, connection);
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("channel", channelId);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("created", createdAt.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new Watch(reader.GetInt64(0), conversationId, channelId, query, reader.GetFieldValue<DateTimeOffset>(1), null, []);
    }

    public async Task<IReadOnlyList<Watch>> ListAsync(string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            Columns + (conversationId is null ? "ORDER BY id" : "WHERE conversation_id = @conversation ORDER BY id"), connection);
        if (conversationId is not null)
        {
            command.Parameters.AddWithValue("conversation", conversationId);
        }

        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(long watchId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM watches WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", watchId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<string>?> ClaimDigestAsync(
        long watchId, IReadOnlyList<string> matched, DateTimeOffset now, DateTimeOffset lastAllowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matched);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand(Columns + "WHERE id = @id FOR UPDATE", connection, transaction);
        read.Parameters.AddWithValue("id", watchId);
        var found = await ReadAsync(read, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        var watch = found[0];
        var claimed = watch.LastDigestAt is not { } last || last <= lastAllowed;
        var carried = WatchPending.Merge(watch.Pending, matched);
        await using var write = new NpgsqlCommand(
            claimed ? "UPDATE watches SET last_digest_at = @now, pending = '' WHERE id = @id" : "UPDATE watches SET pending = @pending WHERE id = @id",
            connection,
            transaction);
        write.Parameters.AddWithValue("id", watchId);
        if (claimed)
        {
            write.Parameters.AddWithValue("now", now.ToUniversalTime());
        }
        else
        {
            write.Parameters.AddWithValue("pending", WatchPending.Write(carried));
        }

        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed ? carried : null;
    }

    private static async Task<IReadOnlyList<Watch>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var watches = new List<Watch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            watches.Add(new Watch(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                WatchPending.Read(reader.GetString(6))));
        }

        return watches;
    }
}
