using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// The answer to one question, as DESIGN.md's Answer JSON. When <see cref="Answered"/> is false there are no citations
/// and <see cref="NoAnswerReason"/> says why; otherwise every <c>[n]</c> in <see cref="Text"/> has exactly one citation.
/// </summary>
public sealed record Answer(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answer")] string Text,
    [property: JsonPropertyName("noAnswerReason")] string? NoAnswerReason,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations)
{
    public static Answer NotAnswered(string question, string reason, string text) =>
        new(question, false, text, reason, []);
}
