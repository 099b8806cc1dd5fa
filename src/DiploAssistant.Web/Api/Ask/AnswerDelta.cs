namespace DiploAssistant.Web.Api.Ask;

/// <summary>The data of a <c>delta</c> event of <c>POST /api/ask</c> as server-sent events: text the model just wrote.</summary>
public sealed record AnswerDelta(string Text);
