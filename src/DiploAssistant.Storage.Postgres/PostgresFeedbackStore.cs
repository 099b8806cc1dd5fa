using DiploAssistant.Core.Feedback;
using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Answers sent to chat channels (table <c>sent_answers</c>) and the feedback on them (<c>answer_feedback</c>, one row per
/// user and answer, pointing at the answer it rates when it was known) in the Postgres store, shared by every replica.
/// </summary>
public sealed class PostgresFeedbackStore : IFeedbackStore
{
    private const string EntryColumns = """
        f.conversation_id, f.rated_id, f.channel_id, f.user_id, f.reaction, f.text, f.at,
        a.seq, a.conversation_id, a.message_id, a.question_id, a.channel_id, a.question, a.answer, a.citations::text, a.at
        FROM answer_feedback f LEFT JOIN sent_answers a ON a.seq = f.answer_seq
        """;

    private readonly PostgresDocumentStore _store;

    public PostgresFeedbackStore(PostgresDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task RecordAnswerAsync(SentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO sent_answers (conversation_id, message_id, question_id, channel_id, question, answer, citations, at)
            VALUES (@conversation, @message, @question_id, @channel, @question, @answer, @citations, @at)
            """, connection);
        command.Parameters.AddWithValue("conversation", answer.ConversationId);
        command.Parameters.Add(Text("message", answer.MessageId));
        command.Parameters.Add(Text("question_id", answer.QuestionId));
        command.Parameters.Add(Text("channel", answer.ChannelId));
        command.Parameters.AddWithValue("question", answer.Question);
        command.Parameters.AddWithValue("answer", answer.Answer);
        command.Parameters.Add(new NpgsqlParameter("citations", NpgsqlDbType.Jsonb) { Value = CitationJson.Serialize(answer.Citations) });
        command.Parameters.AddWithValue("at", answer.At.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<FeedbackEntry> RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var write = new NpgsqlCommand("""
            INSERT INTO answer_feedback (conversation_id, rated_id, user_id, channel_id, reaction, text, at, answer_seq)
            VALUES (@conversation, @rated, @user, @channel, @reaction, @text, @at, (
                SELECT seq FROM sent_answers
                WHERE conversation_id = @conversation AND (message_id = @rated OR question_id = @rated)
                ORDER BY seq DESC LIMIT 1))
            ON CONFLICT (conversation_id, rated_id, user_id) DO UPDATE SET
                channel_id = excluded.channel_id, reaction = excluded.reaction, text = excluded.text, at = excluded.at,
                answer_seq = excluded.answer_seq
            """, connection, transaction))
        {
            AddKeys(write, feedback);
            write.Parameters.Add(Text("channel", feedback.ChannelId));
            write.Parameters.AddWithValue("reaction", feedback.Reaction);
            write.Parameters.Add(Text("text", feedback.Text));
            write.Parameters.AddWithValue("at", feedback.At.ToUniversalTime());
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        FeedbackEntry? entry = null;
        await using (var read = new NpgsqlCommand(
            $"SELECT {EntryColumns} WHERE f.conversation_id = @conversation AND f.rated_id = @rated AND f.user_id = @user", connection, transaction))
        {
            AddKeys(read, feedback);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entry = Read(reader);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return entry ?? throw new InvalidOperationException("The feedback row was not there after it was written.");
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(FeedbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"""
            SELECT {EntryColumns}
            WHERE (@since::timestamptz IS NULL OR f.at >= @since) AND (@reaction::text IS NULL OR f.reaction = @reaction)
            ORDER BY f.at, f.seq
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = query.Since is { } since ? since.ToUniversalTime() : DBNull.Value });
        command.Parameters.Add(Text("reaction", query.Reaction));
        var entries = new List<FeedbackEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    private static void AddKeys(NpgsqlCommand command, AnswerFeedback feedback)
    {
        command.Parameters.AddWithValue("conversation", FeedbackMatching.Key(feedback.ConversationId));
        command.Parameters.AddWithValue("rated", FeedbackMatching.Key(feedback.RatedId));
        command.Parameters.AddWithValue("user", FeedbackMatching.Key(feedback.UserId));
    }

    private static FeedbackEntry Read(NpgsqlDataReader reader)
    {
        var feedback = new AnswerFeedback(
            NullIfEmpty(reader.GetString(0)), NullIfEmpty(reader.GetString(1)), Str(reader, 2), NullIfEmpty(reader.GetString(3)),
            reader.GetString(4), Str(reader, 5), reader.GetFieldValue<DateTimeOffset>(6));
        var answer = reader.IsDBNull(7)
            ? null
            : new SentAnswer(
                reader.GetString(8), Str(reader, 9), Str(reader, 10), Str(reader, 11), reader.GetString(12), reader.GetString(13),
                CitationJson.Deserialize(reader.GetString(14)), reader.GetFieldValue<DateTimeOffset>(15));
        return new FeedbackEntry(feedback, answer);
    }

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static string? Str(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
