using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>
/// Copies remembered conversation turns into the Postgres store's <c>conversation_turns</c>, in their original order, in
/// batches of one transaction each. A turn already there (same conversation, time, question, rewritten question and answer)
/// is skipped, so a re-run copies nothing twice. Times keep Postgres's precision (microseconds).
/// </summary>
internal static class ConversationCopier
{
    /// <summary>Inserts the turns not yet present; returns how many were inserted.</summary>
    public static async Task<int> CopyAsync(PostgresDocumentStore target, IReadOnlyList<StoredConversationTurn> turns, CancellationToken cancellationToken)
    {
        if (turns.Count == 0)
        {
            return 0;
        }

        await using var connection = await target.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO conversation_turns (conversation_id, question, standalone_question, answer, at)
            SELECT t.id, t.question, t.standalone, t.answer, t.at
            FROM unnest(@ids, @questions, @standalones, @answers, @ats) WITH ORDINALITY AS t (id, question, standalone, answer, at, n)
            WHERE NOT EXISTS (
                SELECT 1 FROM conversation_turns c
                WHERE c.conversation_id = t.id AND c.at = t.at AND c.question = t.question
                  AND c.standalone_question = t.standalone AND c.answer = t.answer)
            ORDER BY t.n
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = turns.Select(t => t.ConversationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("questions", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = turns.Select(t => t.Turn.Question).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("standalones", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = turns.Select(t => t.Turn.StandaloneQuestion).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("answers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = turns.Select(t => t.Turn.Answer).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("ats", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            Value = turns.Select(t => t.Turn.At.UtcDateTime).ToArray(),
        });
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }
}
