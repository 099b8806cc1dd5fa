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

    /// <summary>Equal when every field is, the other outlets compared item by item (a citation read back from JSON equals the one written).</summary>
    public bool Equals(Citation? other) =>
        other is not null
        && N == other.N && DocumentId == other.DocumentId && Title == other.Title && Source == other.Source && Url == other.Url
        && Uri == other.Uri && Published == other.Published && Quote == other.Quote && Score.Equals(other.Score)
        && AlsoReportedBy.SequenceEqual(other.AlsoReportedBy);

    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(N, DocumentId, Title, Source, Url, Uri, Published, Quote), Score, AlsoReportedBy.Count);
}
