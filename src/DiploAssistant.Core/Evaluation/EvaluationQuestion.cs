using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Evaluation;

/// <summary>
/// One line of a user's question set: the question, optionally the answer strings a right answer contains, the documents
/// (ids or URLs) that hold the answer, and <c>answerable: false</c> for questions the articles cannot answer.
/// </summary>
public sealed record EvaluationQuestion(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected"), JsonConverter(typeof(StringOrListConverter))] IReadOnlyList<string>? Expected,
    [property: JsonPropertyName("documentIds"), JsonConverter(typeof(StringOrListConverter))] IReadOnlyList<string>? DocumentIds,
    [property: JsonPropertyName("urls"), JsonConverter(typeof(StringOrListConverter))] IReadOnlyList<string>? Urls,
    [property: JsonPropertyName("answerable")] bool? Answerable,
    [property: JsonPropertyName("asOf")] DateOnly? AsOf)
{
    public bool IsAnswerable => Answerable ?? true;

    public bool HasGoldDocuments => DocumentIds is { Count: > 0 } || Urls is { Count: > 0 };
}
