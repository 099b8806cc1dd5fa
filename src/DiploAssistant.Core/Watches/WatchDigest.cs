using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Watches;

/// <summary>What to send one conversation for one watch after a load: the digest as an answer (cited lines), ready for any channel.</summary>
public sealed record WatchDigest(Watch Watch, Answer Answer);
