using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Feedback;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Turns.Feedback;

/// <summary>
/// Remembers each answer that was sent with feedback buttons — its message id, the question's activity id, the text and
/// citations — so that a later like or dislike can be read with what it rates (Teams keeps nothing).
/// </summary>
internal sealed partial class SentAnswerRecorder(IFeedbackStore store, TimeProvider timeProvider, ILogger<SentAnswerRecorder> logger)
{
    /// <param name="turn">The turn whose question was answered.</param>
    /// <param name="question">The question as asked (mention removed).</param>
    /// <param name="answer">The answer sent.</param>
    /// <param name="messageId">The id the channel gave the answer's message (null when it gave none).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task RecordAsync(TurnContext turn, string question, Answer answer, string? messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        var activity = turn.Activity;
        // Only answered questions get feedback buttons, and an answer no id names could never be matched.
        if (!answer.Answered || activity.Conversation?.Id is not { } conversationId || (messageId is null && activity.Id is null))
        {
            return;
        }

        try
        {
            await store.RecordAnswerAsync(
                new SentAnswer(conversationId, messageId, activity.Id, activity.ChannelId, question, answer.Text, answer.Citations, timeProvider.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The user has the answer already; losing the record only means feedback on it is kept without it.
            LogNotRecorded(ex, activity.ChannelId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An answer sent on {ChannelId} could not be recorded; feedback on it will be kept without it")]
    private partial void LogNotRecorded(Exception exception, string? channelId);
}
