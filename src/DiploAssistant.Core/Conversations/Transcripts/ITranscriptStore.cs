namespace DiploAssistant.Core.Conversations.Transcripts;

/// <summary>
/// The activities of channel conversations the server itself hosts (the built-in Direct Line), each numbered 1, 2, … so that
/// a client reads everything after the last number it saw (its watermark). Payloads are opaque to the store (the channel's
/// JSON). In one process by default; a shared store keeps them in its database, so that every replica serves every
/// conversation. Bounded by <see cref="TranscriptOptions"/>.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Starts an empty transcript for the user, first forgetting idle ones and, past the limit, the least recently used.</summary>
    Task CreateAsync(string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>The transcript's user, or null when unknown or idle too long; marks the transcript used.</summary>
    Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation started: true only for the first caller, on whichever replica.</summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends a payload and returns its number, or null when the transcript is gone; the oldest beyond the limit drop off.</summary>
    Task<long?> AppendAsync(string conversationId, string payload, CancellationToken cancellationToken);

    /// <summary>The entries numbered after <paramref name="watermark"/> (oldest first) and the last number given.</summary>
    Task<TranscriptPage> ReadSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Returns once an entry numbered after <paramref name="watermark"/> exists, or when <paramref name="timeout"/> passes.</summary>
    Task WaitForNewAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken);
}
