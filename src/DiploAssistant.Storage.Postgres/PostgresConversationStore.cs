using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Conversation history in the Postgres store's database (table <c>conversation_turns</c>), shared by every replica and
/// kept across restarts. Each write, serialised per conversation by an advisory lock, keeps the conversation's last
/// <see cref="ConversationHistoryOptions.MaxTurns"/> turns and deletes every turn older than
/// <see cref="ConversationHistoryOptions.MaxAgeMinutes"/>; reads apply both bounds too. Conversation ids are opaque (compared
/// exactly, always as parameters). Times are kept to the microsecond.
/// </summary>
public sealed class PostgresConversationStore : IConversationStore
{
    private readonly PostgresDocumentStore _store;
    private readonly ConversationHistoryOptions _options;
    private readonly TimeProvider _time;

    public PostgresConversationStore(PostgresDocumentStore store, IOptions<ConversationHistoryOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _options = options.Value;
        _time = timeProvider;
    }

    public async Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (_options.MaxTurns == 0)
        {
            return [];
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT question, standalone_question, answer, at, cited_documents FROM (
                SELECT seq, question, standalone_question, answer, at, cited_documents FROM conversation_turns
                WHERE conversation_id = @id AND at >= @oldest
                ORDER BY seq DESC LIMIT @max
            ) recent ORDER BY seq
            """, connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("oldest", OldestKept());
        command.Parameters.AddWithValue("max", _options.MaxTurns);
        var turns = new List<ConversationTurn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(new ConversationTurn(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<string[]>(4)));
        }

        return turns;
    }

    public async Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        if (_options.MaxTurns == 0)
        {
            return;
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':conversation:' || @id));
            INSERT INTO conversation_turns (conversation_id, question, standalone_question, answer, at, cited_documents)
            VALUES (@id, @question, @standalone, @answer, @at, @cited);
            DELETE FROM conversation_turns WHERE conversation_id = @id AND seq NOT IN (
                SELECT seq FROM conversation_turns WHERE conversation_id = @id ORDER BY seq DESC LIMIT @max);
            DELETE FROM conversation_turns WHERE at < @oldest;
            """, connection, transaction);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("question", turn.Question);
        command.Parameters.AddWithValue("standalone", turn.StandaloneQuestion);
        command.Parameters.AddWithValue("answer", turn.Answer);
        command.Parameters.AddWithValue("at", turn.At.ToUniversalTime());
        command.Parameters.AddWithValue("cited", turn.CitedDocuments.ToArray());
        command.Parameters.AddWithValue("max", _options.MaxTurns);
        command.Parameters.AddWithValue("oldest", OldestKept());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private DateTimeOffset OldestKept() => _time.GetUtcNow().ToUniversalTime() - TimeSpan.FromMinutes(_options.MaxAgeMinutes);
}
