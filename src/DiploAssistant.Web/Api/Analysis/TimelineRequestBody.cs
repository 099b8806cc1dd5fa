namespace DiploAssistant.Web.Api.Analysis;

/// <summary>The body of <c>POST /api/timeline</c>: the topic, and optionally the first and last day (<c>YYYY-MM-DD</c>).</summary>
public sealed record TimelineRequestBody(string? Query, DateOnly? From = null, DateOnly? To = null);
