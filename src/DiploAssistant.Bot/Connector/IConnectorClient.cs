using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Connector;

/// <summary>Sends activities to a channel's Bot Connector (the inbound activity's serviceUrl).</summary>
public interface IConnectorClient
{
    /// <summary>Replies to <c>ReplyToId</c> when set, else sends to the conversation. Returns the channel's id for the new activity.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);
}
