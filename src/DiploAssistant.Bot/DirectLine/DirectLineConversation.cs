namespace DiploAssistant.Bot.DirectLine;

/// <summary>A Direct Line conversation found in the transcript store: its id and the user its token names.</summary>
internal sealed record DirectLineConversation(string Id, string UserId);
