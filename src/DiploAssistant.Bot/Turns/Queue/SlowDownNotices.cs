using System.Collections.Concurrent;

namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>
/// A conversation past its message limit hears "please wait a moment" once per limit window, not once per extra message:
/// remembers until when each conversation was told.
/// </summary>
internal sealed class SlowDownNotices(TimeProvider timeProvider)
{
    public const string Reply = "You're sending messages faster than I can answer them. Please wait a moment, then ask again.";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _toldUntil = new(StringComparer.Ordinal);

    /// <summary>True when the conversation should be told now (then not again until <paramref name="window"/> has passed).</summary>
    public bool TryClaim(string? conversationId, TimeSpan window)
    {
        var now = timeProvider.GetUtcNow();
        var key = conversationId ?? string.Empty;
        foreach (var (expired, until) in _toldUntil)
        {
            if (until <= now)
            {
                _toldUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(expired, until));
            }
        }

        return _toldUntil.TryAdd(key, now + window);
    }
}
