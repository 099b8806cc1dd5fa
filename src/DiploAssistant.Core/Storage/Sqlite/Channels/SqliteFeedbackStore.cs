using DiploAssistant.Core.Feedback;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite.Channels;

/// <summary>
/// Answers sent to chat channels (table <c>sent_answers</c>) and the feedback on them (<c>answer_feedback</c>, one row per
/// user and answer, pointing at the answer it rates when it was known) in the embedded store's database. Writes leave
/// <c>meta.generation</c> alone: they change no document.
/// </summary>
public sealed class SqliteFeedbackStore : IFeedbackStore
{
    private const string EntryColumns = """
        f.conversation_id, f.rated_id, f.channel_id, f.user_id, f.reaction, f.text, f.at,
        a.seq, a.conversation_id, a.message_id, a.question_id, a.channel_id, a.question, a.answer, a.citations, a.at
        FROM answer_feedback f LEFT JOIN sent_answers a ON a.seq = f.answer_seq
        """;

    private readonly SqliteDocumentStore _store;

    public SqliteFeedbackStore(SqliteDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public async Task RecordAnswerAsync(SentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sent_answers (conversation_id, message_id, question_id, channel_id, question, answer, citations, at)
            VALUES ($conversation, $message, $question_id, $channel, $question, $answer, $citations, $at)
            """;
        command.Parameters.AddWithValue("$conversation", answer.ConversationId);
        command.Parameters.AddWithValue("$message", (object?)answer.MessageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$question_id", (object?)answer.QuestionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$channel", (object?)answer.ChannelId ?? DBNull.Value);
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$answer", answer.Answer);
        command.Parameters.AddWithValue("$citations", CitationJson.Serialize(answer.Citations));
        command.Parameters.AddWithValue("$at", answer.At.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<FeedbackEntry> RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO answer_feedback (conversation_id, rated_id, user_id, channel_id, reaction, text, at, answer_seq)
            VALUES ($conversation, $rated, $user, $channel, $reaction, $text, $at, (
                SELECT seq FROM sent_answers
                WHERE conversation_id = $conversation AND (message_id = $rated OR question_id = $rated)
                ORDER BY seq DESC LIMIT 1))
            ON CONFLICT (conversation_id, rated_id, user_id) DO UPDATE SET
                channel_id = excluded.channel_id, reaction = excluded.reaction, text = excluded.text, at = excluded.at,
                answer_seq = excluded.answer_seq;
            SELECT {EntryColumns}
            WHERE f.conversation_id = $conversation AND f.rated_id = $rated AND f.user_id = $user;
            """;
        command.Parameters.AddWithValue("$conversation", FeedbackMatching.Key(feedback.ConversationId));
        command.Parameters.AddWithValue("$rated", FeedbackMatching.Key(feedback.RatedId));
        command.Parameters.AddWithValue("$user", FeedbackMatching.Key(feedback.UserId));
        command.Parameters.AddWithValue("$channel", (object?)feedback.ChannelId ?? DBNull.Value);
        command.Parameters.AddWithValue("$reaction", feedback.Reaction);
        command.Parameters.AddWithValue("$text", (object?)feedback.Text ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", feedback.At.UtcTicks);
        FeedbackEntry? entry = null;
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entry = Read(reader);
            }
        }

        transaction.Commit();
        return entry ?? throw new InvalidOperationException("The feedback row was not there after it was written.");
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(FeedbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {EntryColumns}
            WHERE ($since IS NULL OR f.at >= $since) AND ($reaction IS NULL OR f.reaction = $reaction)
            ORDER BY f.at, f.seq
            """;
        command.Parameters.AddWithValue("$since", query.Since is { } since ? since.UtcTicks : DBNull.Value);
        command.Parameters.AddWithValue("$reaction", (object?)query.Reaction ?? DBNull.Value);
        var entries = new List<FeedbackEntry>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    private static FeedbackEntry Read(SqliteDataReader reader)
    {
        var feedback = new AnswerFeedback(
            NullIfEmpty(reader.GetString(0)), NullIfEmpty(reader.GetString(1)), Text(reader, 2), NullIfEmpty(reader.GetString(3)),
            reader.GetString(4), Text(reader, 5), new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero));
        var answer = reader.IsDBNull(7)
            ? null
            : new SentAnswer(
                reader.GetString(8), Text(reader, 9), Text(reader, 10), Text(reader, 11), reader.GetString(12), reader.GetString(13),
                CitationJson.Deserialize(reader.GetString(14)), new DateTimeOffset(reader.GetInt64(15), TimeSpan.Zero));
        return new FeedbackEntry(feedback, answer);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
