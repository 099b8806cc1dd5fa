namespace DiploAssistant.Core.Watches;

/// <summary>The conversations' watches, kept in the store so that they survive a restart and every replica sees them.</summary>
public interface IWatchStore
{
    /// <summary>Stores a new watch and returns it with its id.</summary>
    Task<Watch> AddAsync(string conversationId, string channelId, string query, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The conversation's watches (every watch when <paramref name="conversationId"/> is null), the oldest first.</summary>
    Task<IReadOnlyList<Watch>> ListAsync(string? conversationId, CancellationToken cancellationToken);

    /// <summary>Removes the watch; false when there was none with that id.</summary>
    Task<bool> RemoveAsync(long watchId, CancellationToken cancellationToken);

    /// <summary>
    /// In one step, for every replica: when the watch's last digest was at or before <paramref name="lastAllowed"/> (or it has
    /// none), records <paramref name="now"/> as its last digest, clears its pending documents and returns them with
    /// <paramref name="matched"/> (the documents the digest is to carry); otherwise adds <paramref name="matched"/> to its
    /// pending documents and returns null. Null also when the watch is gone.
    /// </summary>
    Task<IReadOnlyList<string>?> ClaimDigestAsync(
        long watchId, IReadOnlyList<string> matched, DateTimeOffset now, DateTimeOffset lastAllowed, CancellationToken cancellationToken);
}
