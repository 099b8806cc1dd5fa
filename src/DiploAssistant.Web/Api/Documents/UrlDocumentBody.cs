namespace DiploAssistant.Web.Api.Documents;

/// <summary>The JSON form of <c>POST /api/documents</c>: load one article from the web.</summary>
public sealed record UrlDocumentBody(string? Url);
