using System.Text.Json.Nodes;
using DiploAssistant.Bot.Teams;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Turns.Feedback;

/// <summary>
/// Likes and dislikes on answers: Teams' feedback buttons (<c>message/submitAction</c> invoke) and Web Chat's vote
/// buttons (<c>webchat:activity-status/feedback</c> event), each naming the rated message by <c>replyToId</c>.
/// </summary>
internal sealed partial class FeedbackReceiver(ILogger<FeedbackReceiver> logger)
{
    /// <summary>Handles a Teams submit action; returns the (empty-bodied) invoke response, or null when it is not one.</summary>
    public InvokeResponse? OnInvoke(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (!string.Equals(activity.Name, "message/submitAction", StringComparison.Ordinal))
        {
            return null;
        }

        var feedback = FeedbackSubmission.FromSubmitAction(activity.Value);
        if (feedback is not null)
        {
            LogFeedback(activity.ChannelId, activity.ReplyToId, feedback.Reaction, feedback.Text?.Length ?? 0);
        }

        // Teams wants an empty body here; a non-empty one is a 400 in the client.
        return new InvokeResponse(200);
    }

    public void OnEvent(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Web Chat's vote buttons: {type:"event", name:"webchat:activity-status/feedback", entities:[action]}.
        if (string.Equals(turn.Activity.Name, "webchat:activity-status/feedback", StringComparison.Ordinal))
        {
            var action = turn.Activity.Entities?.FirstOrDefault();
            var reaction = action?["@type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : "unknown";
            LogFeedback(turn.Activity.ChannelId, turn.Activity.ReplyToId, reaction, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on {ChannelId} for message {ReplyToId}: {Reaction} ({FeedbackLength} characters of comment)")]
    private partial void LogFeedback(string? channelId, string? replyToId, string reaction, int feedbackLength);
}
