namespace DiploAssistant.Core.Feedback;

/// <summary>The matching rules every feedback store follows (the SQL stores say the same in SQL).</summary>
public static class FeedbackMatching
{
    /// <summary>Whether the feedback names this answer: same conversation, and its message id or its question's id.</summary>
    public static bool Rates(AnswerFeedback feedback, SentAnswer answer) =>
        feedback.RatedId is { } id
        && string.Equals(feedback.ConversationId, answer.ConversationId, StringComparison.Ordinal)
        && (string.Equals(answer.MessageId, id, StringComparison.Ordinal) || string.Equals(answer.QuestionId, id, StringComparison.Ordinal));

    /// <summary>Whether two reactions are one user's on one answer (the later replaces the earlier).</summary>
    public static bool SameRater(AnswerFeedback a, AnswerFeedback b) =>
        Key(a.ConversationId) == Key(b.ConversationId) && Key(a.RatedId) == Key(b.RatedId) && Key(a.UserId) == Key(b.UserId);

    public static bool Matches(FeedbackQuery query, AnswerFeedback feedback) =>
        (query.Since is not { } since || feedback.At >= since)
        && (query.Reaction is not { } reaction || string.Equals(feedback.Reaction, reaction, StringComparison.Ordinal));

    /// <summary>Missing ids are stored as empty strings, so that the one-reaction-per-user rule holds for them too.</summary>
    public static string Key(string? value) => value ?? string.Empty;
}
