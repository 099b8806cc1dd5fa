namespace DiploAssistant.Web.Api.Ask;

/// <summary>The body of <c>POST /api/ask</c>.</summary>
public sealed record AskRequestBody(string? Question, string? ConversationId = null, AskFiltersBody? Filters = null);
