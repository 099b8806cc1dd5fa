namespace DiploAssistant.Bot.Connector;

/// <summary>What the channel answers to a new conversation: its id, and the first activity's id when one was sent.</summary>
public sealed record ConversationResource(string Id, string? ActivityId);
