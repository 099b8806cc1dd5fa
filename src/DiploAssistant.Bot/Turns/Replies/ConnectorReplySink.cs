using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;

namespace DiploAssistant.Bot.Turns.Replies;

/// <summary>Posts a turn's activities to the channel's Bot Connector.</summary>
internal sealed class ConnectorReplySink(IConnectorClient connector) : IReplySink
{
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(activity, cancellationToken);
}
