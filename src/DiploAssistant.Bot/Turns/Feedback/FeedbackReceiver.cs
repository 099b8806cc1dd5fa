using System.Text.Json.Nodes;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Feedback;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Turns.Feedback;

/// <summary>
/// Likes and dislikes on answers, stored against the answer they rate (<see cref="IFeedbackStore"/>): Teams' feedback
/// buttons (<c>message/submitAction</c> invoke naming the answer's message by <c>replyToId</c>) and Web Chat's vote buttons
/// (<c>webchat:activity-status/feedback</c> event carrying the pressed action, see <see cref="WebChatVotes"/>). Feedback on
/// an answer the store does not know is kept with what is known.
/// </summary>
internal sealed partial class FeedbackReceiver(IFeedbackStore store, TimeProvider timeProvider, ILogger<FeedbackReceiver> logger)
{
    public const string WebChatEventName = "webchat:activity-status/feedback";

    /// <summary>Handles a Teams submit action; returns the (empty-bodied) invoke response, or null when it is not one.</summary>
    public async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (!string.Equals(activity.Name, "message/submitAction", StringComparison.Ordinal))
        {
            return null;
        }

        if (FeedbackSubmission.FromSubmitAction(activity.Value) is { } submission)
        {
            await StoreAsync(turn, activity.ReplyToId, submission.Reaction, submission.Text, cancellationToken).ConfigureAwait(false);
        }

        // Teams wants an empty body here; a non-empty one is a 400 in the client.
        return new InvokeResponse(200);
    }

    public async Task OnEventAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Web Chat's vote buttons: {type:"event", name:"webchat:activity-status/feedback", entities:[action]}.
        if (!string.Equals(turn.Activity.Name, WebChatEventName, StringComparison.Ordinal))
        {
            return;
        }

        var action = turn.Activity.Entities?.FirstOrDefault();
        var rated = WebChatVotes.RatedId(Str(action?["@id"])) ?? turn.Activity.ReplyToId;
        await StoreAsync(turn, rated, Str(action?["@type"]), text: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task StoreAsync(TurnContext turn, string? ratedId, string? reaction, string? text, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var feedback = new AnswerFeedback(
            activity.Conversation?.Id, ratedId, activity.ChannelId, activity.From?.Id, FeedbackReactions.Normalize(reaction),
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(), timeProvider.GetUtcNow());
        var entry = await store.RecordFeedbackAsync(feedback, cancellationToken).ConfigureAwait(false);
        LogFeedback(activity.ChannelId, ratedId, feedback.Reaction, feedback.Text?.Length ?? 0, entry.Answer is not null);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Feedback on {ChannelId} for message {RatedId}: {Reaction} ({FeedbackLength} characters of comment); the answer was known: {AnswerKnown}")]
    private partial void LogFeedback(string? channelId, string? ratedId, string reaction, int feedbackLength, bool answerKnown);
}
