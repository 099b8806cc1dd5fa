using System.Collections.Concurrent;
using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Turns.Replies;

/// <summary>Collects a turn's activities for a <c>deliveryMode: expectReplies</c> response (spec §3.5); nothing is posted.</summary>
internal sealed class BufferedReplySink : IReplySink
{
    private readonly ConcurrentQueue<Activity> _activities = new();

    public IReadOnlyList<Activity> Activities => [.. _activities];

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _activities.Enqueue(activity);
        return Task.FromResult<string?>(null);
    }

    /// <summary>An expectReplies caller reads the replies once at the end: an update is one more activity for it.</summary>
    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);
}
