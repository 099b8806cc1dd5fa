using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>A question as a channel sends it: filters, and the conversation it belongs to (for follow-ups).</summary>
public sealed record AskRequest(string Question, SearchFilters? Filters = null, string? ConversationId = null);
