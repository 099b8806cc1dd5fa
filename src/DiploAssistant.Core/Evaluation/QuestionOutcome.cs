using System.Text.Json.Serialization;
using DiploAssistant.Core.Evaluation.Judging;

namespace DiploAssistant.Core.Evaluation;

/// <summary>
/// How one question fared. <see cref="GoldRank"/>: 1-based rank of the first right document in the top 10, 0 when it is not
/// there, null when the question names no right document. <see cref="CorrectCitations"/> is null when nothing says what is right.
/// <see cref="NoAnswerReason"/> says why a declined question was declined (left out of the JSON when answered).
/// <see cref="Judge"/> holds the judge's scores with <c>--judge</c> when an answer was given (left out of the JSON otherwise).
/// </summary>
public sealed record QuestionOutcome(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("goldRank")] int? GoldRank,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answerHit")] bool? AnswerHit,
    [property: JsonPropertyName("citations")] int Citations,
    [property: JsonPropertyName("correctCitations")] int? CorrectCitations,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("noAnswerReason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NoAnswerReason,
    [property: JsonPropertyName("judge"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AnswerJudgement? Judge = null)
{
    /// <summary>True when this question counts against any metric it takes part in.</summary>
    [JsonIgnore]
    public bool Failed => Answerable
        ? !Answered || AnswerHit == false || GoldRank == 0 || CorrectCitations < Citations
        : Answered;
}
