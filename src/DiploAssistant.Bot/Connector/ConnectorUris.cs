using DiploAssistant.Bot.Activities;
using DiploAssistant.Core;

namespace DiploAssistant.Bot.Connector;

/// <summary>Bot Connector addresses (spec §2.2), with the ids escaped (Teams ids hold ':', ';', '@').</summary>
internal static class ConnectorUris
{
    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>.</summary>
    public static Uri Activities(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ConnectorException("The activity has no conversation id.");
        return Activity(activity.ServiceUrl, conversationId, string.IsNullOrEmpty(activity.ReplyToId) ? null : activity.ReplyToId);
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities[/{activityId}]</c>.</summary>
    public static Uri Activity(string? serviceUrl, string conversationId, string? activityId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(Base(serviceUrl), path);
    }

    /// <summary><c>{serviceUrl}/v3/conversations</c>.</summary>
    public static Uri Conversations(string? serviceUrl) => new(Base(serviceUrl), "v3/conversations");

    private static Uri Base(string? serviceUrl)
    {
        if (!WebAddress.TryParse(serviceUrl, out var uri))
        {
            throw new ConnectorException("The activity has no usable serviceUrl.");
        }

        return new Uri(uri.AbsoluteUri.TrimEnd('/') + "/");
    }
}
