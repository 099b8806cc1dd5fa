using System.Collections.Concurrent;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Captures what the bot would post to the Bot Connector.</summary>
internal sealed class RecordingConnectorClient : IConnectorClient
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue(activity);
        return Task.FromResult<string?>("sent-" + Sent.Count);
    }
}
