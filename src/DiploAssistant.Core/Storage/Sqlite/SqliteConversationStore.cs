using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Conversation history in the embedded store's database (table <c>conversation_turns</c>), so it survives restarts and is
/// shared by every process on the data directory. Each write keeps the conversation's last
/// <see cref="ConversationHistoryOptions.MaxTurns"/> turns and deletes every turn older than
/// <see cref="ConversationHistoryOptions.MaxAgeMinutes"/>, whatever its conversation; reads apply both bounds too.
/// Conversation ids are opaque (compared exactly, always as parameters). Writes leave <c>meta.generation</c> alone: they
/// change no document, so no retrieval cache goes stale.
/// </summary>
public sealed class SqliteConversationStore : IConversationStore
{
    private readonly SqliteDocumentStore _store;
    private readonly ConversationHistoryOptions _options;
    private readonly TimeProvider _time;

    public SqliteConversationStore(SqliteDocumentStore store, IOptions<ConversationHistoryOptions> options, TimeProvider timeProvider)
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
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT question, standalone_question, answer, at, cited_documents FROM (
                SELECT seq, question, standalone_question, answer, at, cited_documents FROM conversation_turns
                WHERE conversation_id = $id AND at >= $oldest
                ORDER BY seq DESC LIMIT $max
            ) ORDER BY seq
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$oldest", OldestKept().UtcTicks);
        command.Parameters.AddWithValue("$max", _options.MaxTurns);
        var turns = new List<ConversationTurn>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(new ConversationTurn(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                reader.GetString(4).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
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
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO conversation_turns (conversation_id, question, standalone_question, answer, at, cited_documents)
            VALUES ($id, $question, $standalone, $answer, $at, $cited);
            DELETE FROM conversation_turns WHERE conversation_id = $id AND seq NOT IN (
                SELECT seq FROM conversation_turns WHERE conversation_id = $id ORDER BY seq DESC LIMIT $max);
            DELETE FROM conversation_turns WHERE at < $oldest;
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$question", turn.Question);
        command.Parameters.AddWithValue("$standalone", turn.StandaloneQuestion);
        command.Parameters.AddWithValue("$answer", turn.Answer);
        command.Parameters.AddWithValue("$at", turn.At.UtcTicks);
        command.Parameters.AddWithValue("$cited", string.Join('\n', turn.CitedDocuments));
        command.Parameters.AddWithValue("$max", _options.MaxTurns);
        command.Parameters.AddWithValue("$oldest", OldestKept().UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    private DateTimeOffset OldestKept() => _time.GetUtcNow() - TimeSpan.FromMinutes(_options.MaxAgeMinutes);
}
