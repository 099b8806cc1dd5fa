using DiploAssistant.Core.Conversations.Transcripts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Transcripts in the Postgres store's database (tables <c>transcripts</c> and <c>transcript_entries</c>, keyed by
/// conversation and number), so that a conversation started on one replica is read, written and streamed on any other.
/// Numbers come from the transcript's row, updated in the same statement that inserts the entry, so concurrent appends on
/// several replicas never share one. Waiting for news is short polling (every <see cref="PollInterval"/>, bounded by the
/// caller's timeout), woken early by appends in this process.
/// </summary>
public sealed class PostgresTranscriptStore : ITranscriptStore
{
    /// <summary>How often a waiting poller or stream looks for entries written by other replicas.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly PostgresDocumentStore _store;
    private readonly TranscriptOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PostgresTranscriptStore(PostgresDocumentStore store, IOptions<TranscriptOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _options = options.Value;
        _time = timeProvider;
    }

    public async Task CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            DELETE FROM transcripts WHERE last_used_at < @oldest;
            DELETE FROM transcripts WHERE id IN (SELECT id FROM transcripts ORDER BY last_used_at DESC OFFSET @keep);
            INSERT INTO transcripts (id, user_id, last_used_at) VALUES (@id, @user, @now);
            """, connection);
        command.Parameters.AddWithValue("oldest", Now() - _options.IdleLimit);
        command.Parameters.AddWithValue("keep", _options.MaxConversations - 1);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "UPDATE transcripts SET last_used_at = @now WHERE id = @id AND last_used_at >= @oldest RETURNING user_id", connection);
        AddConversation(command, conversationId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "UPDATE transcripts SET started = true WHERE id = @id AND last_used_at >= @oldest AND NOT started", connection);
        AddConversation(command, conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<long?> AppendAsync(string conversationId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            WITH next AS (
                UPDATE transcripts SET last_sequence = last_sequence + 1, last_used_at = @now
                WHERE id = @id AND last_used_at >= @oldest RETURNING last_sequence),
            trimmed AS (
                DELETE FROM transcript_entries e USING next WHERE e.conversation_id = @id AND e.sequence <= next.last_sequence - @max)
            INSERT INTO transcript_entries (conversation_id, sequence, payload)
            SELECT @id, last_sequence, @payload FROM next RETURNING sequence
            """, connection);
        AddConversation(command, conversationId);
        command.Parameters.AddWithValue("max", (long)_options.MaxEntriesPerConversation);
        command.Parameters.AddWithValue("payload", payload);
        var sequence = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
        if (sequence is not null)
        {
            SignalAppended();
        }

        return sequence;
    }

    public async Task<TranscriptPage> ReadSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT t.last_sequence, e.sequence, e.payload FROM transcripts t
            LEFT JOIN transcript_entries e ON e.conversation_id = t.id AND e.sequence > @after
            WHERE t.id = @id AND t.last_used_at >= @oldest
            ORDER BY e.sequence
            """, connection);
        AddConversation(command, conversationId);
        command.Parameters.AddWithValue("after", watermark);
        var entries = new List<TranscriptEntry>();
        long last = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            last = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                entries.Add(new TranscriptEntry(reader.GetInt64(1), reader.GetString(2)));
            }
        }

        return new TranscriptPage(entries, last);
    }

    public async Task WaitForNewAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        while (true)
        {
            Task appended;
            lock (_lock)
            {
                appended = _appended.Task;
            }

            var last = await LastSequenceAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var left = deadline - _time.GetUtcNow();
            if (last is null || last > watermark || left <= TimeSpan.Zero)
            {
                return;
            }

            var wait = left < PollInterval ? left : PollInterval;
            await Task.WhenAny(appended, Task.Delay(wait, _time, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task<long?> LastSequenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT last_sequence FROM transcripts WHERE id = @id AND last_used_at >= @oldest", connection);
        AddConversation(command, conversationId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private void SignalAppended()
    {
        TaskCompletionSource appended;
        lock (_lock)
        {
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.TrySetResult();
    }

    private void AddConversation(NpgsqlCommand command, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("now", Now());
        command.Parameters.AddWithValue("oldest", Now() - _options.IdleLimit);
    }

    private DateTimeOffset Now() => _time.GetUtcNow().ToUniversalTime();
}
