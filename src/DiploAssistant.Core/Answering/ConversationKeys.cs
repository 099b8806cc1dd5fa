namespace DiploAssistant.Core.Answering;

/// <summary>
/// Keys of the conversation store, one namespace per way in, so that a conversation's memory belongs to its channel: an
/// HTTP API caller names <c>"x"</c> and gets <c>"api:x"</c>, never a Teams or Direct Line conversation's history; a chat
/// channel's conversation id is kept as it is (existing histories stay readable) unless it could be mistaken for an API key.
/// </summary>
public static class ConversationKeys
{
    public const string ApiPrefix = "api:";

    private const string ChannelEscape = "channel:";

    /// <summary>The key of a conversation id an <c>/api/ask</c> caller chose; null when none was given.</summary>
    public static string? ForApi(string? conversationId) =>
        string.IsNullOrEmpty(conversationId) ? null : ApiPrefix + conversationId;

    /// <summary>
    /// The key of a chat channel's conversation (Teams, Direct Line, any Bot Framework channel). Ids beginning with one of the
    /// prefixes get <c>"channel:"</c> in front, so no channel id ever reads an API conversation and no two ids share a key.
    /// </summary>
    public static string? ForChannel(string? conversationId) =>
        conversationId is not null
        && (conversationId.StartsWith(ApiPrefix, StringComparison.Ordinal) || conversationId.StartsWith(ChannelEscape, StringComparison.Ordinal))
            ? ChannelEscape + conversationId
            : conversationId;
}
