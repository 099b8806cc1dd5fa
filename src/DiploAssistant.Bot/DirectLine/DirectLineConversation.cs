using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation in memory: its activities numbered <c>{id}|0000001</c>…, the watermark (last number),
/// and a signal for pollers and streams waiting for the next activity.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _lock = new();
    private readonly List<(long Sequence, Activity Activity)> _activities = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private bool _started;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastUsedAt { get; private set; } = now;

    /// <summary>Marks the conversation started; true only the first time (then the bot gets its conversationUpdate).</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsedAt = now;
        }
    }

    /// <summary>Numbers the activity, stamps the conversation, channel and time, and stores it.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        string activityId;
        lock (_lock)
        {
            _sequence++;
            activityId = $"{Id}|{_sequence:D7}";
            activity.Id = activityId;
            activity.ChannelId = DirectLineConstants.ChannelId;
            activity.Conversation = new ConversationAccount { Id = Id };
            activity.Timestamp = now;
            _activities.Add((_sequence, activity));
            if (_activities.Count > maxActivities)
            {
                _activities.RemoveRange(0, _activities.Count - maxActivities);
            }

            LastUsedAt = now;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return activityId;
    }

    /// <summary>Activities after the watermark, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) GetSince(long watermark)
    {
        lock (_lock)
        {
            return ([.. _activities.Where(a => a.Sequence > watermark).Select(a => a.Activity)], _sequence);
        }
    }

    /// <summary>Waits until there is an activity after the watermark, or the timeout passes.</summary>
    public async Task WaitForNewAsync(long watermark, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_lock)
        {
            if (_sequence > watermark)
            {
                return;
            }

            changed = _changed.Task;
        }

        try
        {
            await changed.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // nothing new: the poller gets an empty set
        }
    }
}
