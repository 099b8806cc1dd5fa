using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Streaming;

/// <summary>
/// Whether a turn's answer is shown while it is written: only when a chat model writes the answers (the extractive
/// default has the whole answer at once), only in Teams personal chats (spec §4.4: group chats and channels cannot
/// stream) and in Web Chat over Direct Line, and never for <c>expectReplies</c>, where nothing is posted (spec §3.5).
/// </summary>
internal sealed class AnswerStreamingPolicy(bool modelWritesAnswers, IOptions<BotOptions> options)
{
    public bool AppliesTo(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!modelWritesAnswers || !options.Value.StreamAnswers || turn.ExpectsReplies)
        {
            return false;
        }

        var activity = turn.Activity;
        if (ActivityExtensions.IsTeamsChannel(activity.ChannelId))
        {
            return string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
                && activity.Conversation?.IsGroup != true;
        }

        return ActivityExtensions.IsWebChatChannel(activity.ChannelId);
    }
}
