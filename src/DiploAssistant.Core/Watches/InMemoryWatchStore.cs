namespace DiploAssistant.Core.Watches;

/// <summary>Watches in process memory (hosts with no store of their own, tests): lost on restart.</summary>
public sealed class InMemoryWatchStore : IWatchStore
{
    private readonly Lock _lock = new();
    private readonly List<Watch> _watches = [];
    private long _lastId;

    public Task<Watch> AddAsync(string conversationId, string channelId, string query, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var watch = new Watch(++_lastId, conversationId, channelId, query, createdAt, null, []);
            _watches.Add(watch);
            return Task.FromResult(watch);
        }
    }

    public Task<IReadOnlyList<Watch>> ListAsync(string? conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Watch>>([.. _watches.Where(w => conversationId is null || w.ConversationId == conversationId)]);
        }
    }

    public Task<bool> RemoveAsync(long watchId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_watches.RemoveAll(w => w.Id == watchId) > 0);
        }
    }

    public Task<IReadOnlyList<string>?> ClaimDigestAsync(
        long watchId, IReadOnlyList<string> matched, DateTimeOffset now, DateTimeOffset lastAllowed, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var index = _watches.FindIndex(w => w.Id == watchId);
            if (index < 0)
            {
                return Task.FromResult<IReadOnlyList<string>?>(null);
            }

            var watch = _watches[index];
            if (watch.LastDigestAt is { } last && last > lastAllowed)
            {
                _watches[index] = watch with { Pending = WatchPending.Merge(watch.Pending, matched) };
                return Task.FromResult<IReadOnlyList<string>?>(null);
            }

            _watches[index] = watch with { LastDigestAt = now, Pending = [] };
            return Task.FromResult<IReadOnlyList<string>?>(WatchPending.Merge(watch.Pending, matched));
        }
    }
}
