using System.Text.Json.Serialization;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>The Direct Line Conversation object: id, a token for it, and where to stream it.</summary>
internal sealed record DirectLineConversationResult(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
