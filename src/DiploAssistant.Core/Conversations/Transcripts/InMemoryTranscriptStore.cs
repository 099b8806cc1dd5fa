using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>
/// Transcripts in process memory, for the single-server default: lost on restart and unseen by other processes. Pollers and
/// streams wait on a signal, so they hear of a new entry at once.
/// </summary>
public sealed class InMemoryTranscriptStore : ITranscriptStore
{
    private readonly Dictionary<string, MemoryTranscript> _transcripts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TranscriptOptions _options;
    private readonly TimeProvider _time;

    public InMemoryTranscriptStore(IOptions<TranscriptOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _time = timeProvider;
    }

    public Task CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            foreach (var idle in _transcripts.Values.Where(t => now - t.LastUsedAt > _options.IdleLimit).ToList())
            {
                _transcripts.Remove(idle.Id);
            }

            var excess = _transcripts.Count - _options.MaxConversations + 1;
            foreach (var oldest in _transcripts.Values.OrderBy(t => t.LastUsedAt).Take(Math.Max(0, excess)).ToList())
            {
                _transcripts.Remove(oldest.Id);
            }

            _transcripts[conversationId] = new MemoryTranscript(conversationId, userId, now);
        }

        return Task.CompletedTask;
    }

    public Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.UserId);

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.TryStart() ?? false);

    public Task<long?> AppendAsync(string conversationId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Task.FromResult(Find(conversationId)?.Append(payload, _options.MaxEntriesPerConversation, _time.GetUtcNow()));
    }

    public Task<TranscriptPage> ReadSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conversationId)?.ReadSince(watermark) ?? TranscriptPage.Empty);

    public async Task WaitForNewAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Find(conversationId) is not { } transcript)
        {
            return;
        }

        try
        {
            await transcript.ChangedAfter(watermark).WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // nothing new: the caller reads an empty page
        }
    }

    private MemoryTranscript? Find(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (!_transcripts.TryGetValue(conversationId, out var transcript))
            {
                return null;
            }

            if (now - transcript.LastUsedAt > _options.IdleLimit)
            {
                _transcripts.Remove(conversationId);
                return null;
            }

            transcript.Touch(now);
            return transcript;
        }
    }
}
