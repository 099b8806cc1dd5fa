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

    public ConcurrentQueue<Activity> Updated { get; } = new();

    public ConcurrentQueue<Activity> Created { get; } = new();

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue(activity);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationResource> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Activity is { } first)
        {
            Created.Enqueue(first);
        }

        return Task.FromResult(new ConversationResource("created-" + Created.Count, "sent-created-" + Created.Count));
    }
}
