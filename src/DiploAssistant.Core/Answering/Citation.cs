using System.Text.Json.Serialization;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Answering;

/// <summary>One numbered source of an answer: the <c>[n]</c> marker it backs and the article it points to.</summary>
public sealed record Citation(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("documentId")] string DocumentId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("score")] double Score)
{
    /// <summary>The other articles of the cited story (wire copies; the cited one is the earliest), earliest first; empty when none.</summary>
    [JsonPropertyName("alsoReportedBy")]
    public IReadOnlyList<AlsoReported> AlsoReportedBy { get; init; } = [];
}
