namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>One transcript of <see cref="InMemoryTranscriptStore"/>: its entries, last number, and a signal for waiters.</summary>
internal sealed class MemoryTranscript(string id, string userId, DateTimeOffset now)
{
    private readonly Lock _lock = new();
    private readonly List<TranscriptEntry> _entries = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private bool _started;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastUsedAt { get; private set; } = now;

    public bool TryStart()
    {
        lock (_lock)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    public void Touch(DateTimeOffset at)
    {
        lock (_lock)
        {
            LastUsedAt = at;
        }
    }

    public long Append(string payload, int maxEntries, DateTimeOffset at)
    {
        TaskCompletionSource changed;
        long sequence;
        lock (_lock)
        {
            sequence = ++_sequence;
            _entries.Add(new TranscriptEntry(sequence, payload));
            if (_entries.Count > maxEntries)
            {
                _entries.RemoveRange(0, _entries.Count - maxEntries);
            }

            LastUsedAt = at;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return sequence;
    }

    public TranscriptPage ReadSince(long watermark)
    {
        lock (_lock)
        {
            return new TranscriptPage([.. _entries.Where(e => e.Sequence > watermark)], _sequence);
        }
    }

    /// <summary>Completed when there already is an entry after the watermark, else when the next one is appended.</summary>
    public Task ChangedAfter(long watermark)
    {
        lock (_lock)
        {
            return _sequence > watermark ? Task.CompletedTask : _changed.Task;
        }
    }
}
