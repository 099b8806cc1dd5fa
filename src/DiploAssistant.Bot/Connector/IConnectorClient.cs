using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Connector;

/// <summary>Calls a channel's Bot Connector (the serviceUrl of an inbound activity or of a stored conversation reference).</summary>
public interface IConnectorClient
{
    /// <summary>Replies to <c>ReplyToId</c> when set, else sends to the conversation. Returns the channel's id for the new activity.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity <see cref="Activity.Id"/> in its conversation (<c>PUT …/activities/{id}</c>).</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes one of the bot's activities (<c>DELETE …/activities/{id}</c>).</summary>
    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Starts a conversation (<c>POST /v3/conversations</c>), optionally with a first activity; returns the channel's ids.</summary>
    Task<ConversationResource> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
