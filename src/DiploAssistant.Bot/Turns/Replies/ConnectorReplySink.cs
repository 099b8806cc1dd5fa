using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;

namespace DiploAssistant.Bot.Turns.Replies;

/// <summary>Posts a turn's activities to the channel's Bot Connector, each fitted to the channel's size limit first.</summary>
internal sealed class ConnectorReplySink(IConnectorClient connector, int maxReplyBytes = ReplySizeLimit.DefaultMaxBytes) : IReplySink
{
    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        string? id = null;
        foreach (var part in ReplySizeLimit.Fit(activity, maxReplyBytes))
        {
            id = await connector.SendAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateAsync(ReplySizeLimit.Shorten(activity, maxReplyBytes), cancellationToken);
}
