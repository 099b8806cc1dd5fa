namespace DiploAssistant.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
internal sealed record DirectLineTokenClaims(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);
