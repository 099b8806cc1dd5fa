using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Watches;

/// <summary>
/// Watches: a conversation adds, lists and removes them (numbered 1, 2, … in the order added); after each load the
/// watches its documents match get one digest each (<see cref="DigestsAsync"/>), at most one per watch per
/// <see cref="WatchOptions.MinMinutesBetweenDigests"/> — matches in between are kept and carried by the next digest.
/// Sending the digests is the channel layer's work.
/// </summary>
public sealed partial class WatchService
{
    private readonly IWatchStore _store;
    private readonly WatchMatcher _matcher;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WatchService> _logger;

    public WatchService(
        IWatchStore store, HybridRetriever retriever, NameLexicon names, IOptions<WatchOptions> options, TimeProvider time, ILogger<WatchService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _matcher = new WatchMatcher(retriever, names);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<WatchAddition> AddAsync(string conversationId, string channelId, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(query);
        query = string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length > _options.MaxQueryCharacters)
        {
            return new WatchAddition(null, 0, WatchRefusal.TooLong);
        }

        if (!_matcher.HasTopic(query))
        {
            return new WatchAddition(null, 0, WatchRefusal.NoTopic);
        }

        var existing = await _store.ListAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var same = existing.Select((w, i) => (Watch: w, Number: i + 1))
            .FirstOrDefault(w => string.Equals(w.Watch.Query, query, StringComparison.OrdinalIgnoreCase));
        if (same.Watch is not null)
        {
            return new WatchAddition(same.Watch, same.Number, WatchRefusal.AlreadyWatched);
        }

        if (existing.Count >= _options.MaxWatchesPerConversation)
        {
            return new WatchAddition(null, 0, WatchRefusal.TooMany);
        }

        var watch = await _store.AddAsync(conversationId, channelId ?? string.Empty, query, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogAdded(watch.Id, channelId);
        return new WatchAddition(watch, existing.Count + 1, WatchRefusal.None);
    }

    /// <summary>The conversation's watches, numbered by their place in this list.</summary>
    public Task<IReadOnlyList<Watch>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return _store.ListAsync(conversationId, cancellationToken);
    }

    /// <summary>Removes the conversation's watch number <paramref name="number"/> (1-based, as listed); null when there is none.</summary>
    public async Task<Watch?> RemoveAsync(string conversationId, int number, CancellationToken cancellationToken)
    {
        var watches = await ListAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (number < 1 || number > watches.Count)
        {
            return null;
        }

        var watch = watches[number - 1];
        return await _store.RemoveAsync(watch.Id, cancellationToken).ConfigureAwait(false) ? watch : null;
    }

    /// <summary>
    /// One digest for each watch that the batch's documents match, or whose waiting matches may now be sent (an empty batch
    /// only sends those: the channel layer calls it on a timer).
    /// </summary>
    public async Task<IReadOnlyList<WatchDigest>> DigestsAsync(LoadedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = _time.GetUtcNow();
        var lastAllowed = now - _options.MinTimeBetweenDigests;
        var digests = new List<WatchDigest>();
        foreach (var watch in await _store.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var matches = await _matcher.MatchAsync(watch.Query, batch.DocumentIds, cancellationToken).ConfigureAwait(false);
            var mayClaim = watch.LastDigestAt is not { } last || last <= lastAllowed;
            if (matches.Count == 0 && (watch.Pending.Count == 0 || !mayClaim))
            {
                continue;
            }

            var carried = await _store.ClaimDigestAsync(watch.Id, [.. matches.Select(m => m.Document.Id)], now, lastAllowed, cancellationToken).ConfigureAwait(false);
            if (carried is null)
            {
                LogDeferred(watch.Id, matches.Count);
                continue;
            }

            var waiting = carried.Except(matches.Select(m => m.Document.Id), StringComparer.Ordinal).ToList();
            if (waiting.Count > 0)
            {
                // Earlier matches, read again: they may have changed or gone since.
                matches = [.. await _matcher.MatchAsync(watch.Query, waiting, cancellationToken).ConfigureAwait(false), .. matches];
            }

            if (matches.Count > 0)
            {
                digests.Add(new WatchDigest(watch, WatchDigestText.Write(watch.Query, matches, _options.MaxArticlesPerDigest)));
            }
        }

        return digests;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch {WatchId} added on {ChannelId}")]
    private partial void LogAdded(long watchId, string? channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch {WatchId} matched {Count} new documents within Watches:MinMinutesBetweenDigests of its last digest; they wait for the next one")]
    private partial void LogDeferred(long watchId, int count);
}
