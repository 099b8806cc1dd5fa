namespace DiploAssistant.Core.Feedback;

/// <summary>
/// Answers sent to chat channels and the users' reactions to them, kept in the store beside the documents so that
/// feedback can be read back with the question, answer and citations it rates (<c>diplo feedback</c>).
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Remembers an answer that was sent, so that feedback naming it can be matched.</summary>
    Task RecordAnswerAsync(SentAnswer answer, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a reaction against the answer it names (by message id, or by its question's id, within the conversation);
    /// an answer the store does not know is no error: the feedback is kept with what is known. The same user's later
    /// reaction to the same answer replaces the earlier one.
    /// </summary>
    Task<FeedbackEntry> RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    /// <summary>Stored feedback matching <paramref name="query"/>, oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListAsync(FeedbackQuery query, CancellationToken cancellationToken);
}
