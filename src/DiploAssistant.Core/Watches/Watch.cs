namespace DiploAssistant.Core.Watches;

/// <summary>
/// A conversation's standing question ("watch 반도체 협력"): new articles that match it are sent to the conversation as a
/// digest, at most one per <see cref="WatchOptions.MinMinutesBetweenDigests"/>. <see cref="Pending"/> holds the matched
/// documents a digest could not carry yet (the watch had one too recently); the next digest carries them.
/// </summary>
public sealed record Watch(
    long Id,
    string ConversationId,
    string ChannelId,
    string Query,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastDigestAt,
    IReadOnlyList<string> Pending);
