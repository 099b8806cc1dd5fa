using DiploAssistant.Core.Watches;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite.Channels;

/// <summary>The conversations' watches in the embedded store's database (table <c>watches</c>); a digest is claimed in an immediate transaction.</summary>
public sealed class SqliteWatchStore : IWatchStore
{
    private const string Columns = "SELECT id, conversation_id, channel_id, query, created_at, last_digest_at, pending FROM watches ";
    private readonly SqliteDocumentStore _store;

    public SqliteWatchStore(SqliteDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task<Watch> AddAsync(string conversationId, string channelId, string query, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO watches (conversation_id, channel_id, query, created_at) VALUES ($conversation, $channel, $query, $created) RETURNING id
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$created", createdAt.UtcTicks);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return new Watch(id, conversationId, channelId, query, new DateTimeOffset(createdAt.UtcTicks, TimeSpan.Zero), null, []);
    }

    public async Task<IReadOnlyList<Watch>> ListAsync(string? conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = Columns + (conversationId is null ? "ORDER BY id" : "WHERE conversation_id = $conversation ORDER BY id");
        command.Parameters.AddWithValue("$conversation", (object?)conversationId ?? DBNull.Value);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(long watchId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM watches WHERE id = $id";
        command.Parameters.AddWithValue("$id", watchId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<string>?> ClaimDigestAsync(
        long watchId, IReadOnlyList<string> matched, DateTimeOffset now, DateTimeOffset lastAllowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matched);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = Columns + "WHERE id = $id";
        read.Parameters.AddWithValue("$id", watchId);
        var found = await ReadAsync(read, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        var watch = found[0];
        var claimed = watch.LastDigestAt is not { } last || last <= lastAllowed;
        var carried = WatchPending.Merge(watch.Pending, matched);
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = claimed
            ? "UPDATE watches SET last_digest_at = $now, pending = '' WHERE id = $id"
            : "UPDATE watches SET pending = $pending WHERE id = $id";
        write.Parameters.AddWithValue("$id", watchId);
        write.Parameters.AddWithValue("$now", now.UtcTicks);
        write.Parameters.AddWithValue("$pending", WatchPending.Write(carried));
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed ? carried : null;
    }

    private static async Task<IReadOnlyList<Watch>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var watches = new List<Watch>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            watches.Add(new Watch(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
                WatchPending.Read(reader.GetString(6))));
        }

        return watches;
    }
}
