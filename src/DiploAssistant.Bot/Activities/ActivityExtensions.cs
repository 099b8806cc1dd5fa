namespace DiploAssistant.Bot.Activities;

/// <summary>Reply construction as the SDK's <c>ApplyConversationReference</c> does it.</summary>
public static class ActivityExtensions
{
    /// <summary>A new activity addressed back to the sender of <paramref name="inbound"/>, in the same conversation.</summary>
    public static Activity CreateReply(this Activity inbound, string type = ActivityTypes.Message, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var isDirectLineUpdate = inbound.Type == ActivityTypes.ConversationUpdate && IsWebChatChannel(inbound.ChannelId);
        return new Activity
        {
            Type = type,
            Text = text,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Locale = inbound.Locale,
            ReplyToId = isDirectLineUpdate ? null : inbound.Id,
        };
    }

    /// <summary>True for the channels Web Chat talks through (our Direct Line, or Azure's).</summary>
    public static bool IsWebChatChannel(string? channelId) =>
        string.Equals(channelId, "webchat", StringComparison.OrdinalIgnoreCase)
        || string.Equals(channelId, "directline", StringComparison.OrdinalIgnoreCase);

    public static bool IsTeamsChannel(string? channelId) =>
        string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase);
}
