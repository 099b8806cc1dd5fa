using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Answering.Orchestration;

/// <summary>
/// One numbered source as the <c>articles</c> plugin hands it to the model: the number to cite it by, where it is from,
/// and its text, quoted (bracketed numbers and source tags in it defused).
/// </summary>
public sealed record ArticleSource(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("documentId")] string DocumentId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("quote")] string Quote);
