using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Proactive;

/// <summary>Where to reach a conversation later, without an inbound activity (spec §2.2): taken from one the bot received.</summary>
public sealed record ConversationReference(
    string ChannelId, string ServiceUrl, string ConversationId, ChannelAccount Bot, ChannelAccount? User, string? TenantId, string? ConversationType)
{
    /// <summary>The reference of an inbound activity's conversation; null when it lacks a channel, serviceUrl or conversation.</summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is not { } channelId || activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId
            || activity.Recipient is not { } bot)
        {
            return null;
        }

        return new ConversationReference(channelId, serviceUrl, conversationId, bot, activity.From, activity.Conversation.TenantId, activity.Conversation.ConversationType);
    }
}
