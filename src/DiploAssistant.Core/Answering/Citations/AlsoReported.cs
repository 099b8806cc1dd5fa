using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Answering.Citations;

/// <summary>Another article of the cited story (a wire copy in the same cluster): where else it was reported.</summary>
public sealed record AlsoReported(
    [property: JsonPropertyName("documentId")] string DocumentId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("published")] string? Published);
