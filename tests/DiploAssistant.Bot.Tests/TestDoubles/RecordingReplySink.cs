using System.Collections.Concurrent;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;

namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>Keeps what a turn sent.</summary>
internal sealed class RecordingReplySink : IReplySink
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue(activity);
        return Task.FromResult<string?>("sent-" + Sent.Count);
    }

    public ConcurrentQueue<Activity> Updated { get; } = new();

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue(activity);
        return Task.CompletedTask;
    }
}
