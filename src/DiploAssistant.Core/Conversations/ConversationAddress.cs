namespace DiploAssistant.Core.Conversations;

/// <summary>
/// Where to reach a chat conversation without an inbound message (proactive sends), as the channel layer wrote it down:
/// <paramref name="Reference"/> is its own serialised form, opaque to the store.
/// </summary>
public sealed record ConversationAddress(string ConversationId, string ChannelId, string Reference, DateTimeOffset SeenAt);
