namespace DiploAssistant.Web.Api.Analysis;

/// <summary>The body of <c>POST /api/brief</c>: the person ("위성락", "Kaja Kallas", or "who is 위성락?").</summary>
public sealed record BriefRequestBody(string? Name);
