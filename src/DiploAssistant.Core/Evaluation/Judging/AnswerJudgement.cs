using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>The judge's scores of one answer.</summary>
public sealed record AnswerJudgement(
    [property: JsonPropertyName("groundedness")] JudgeScore Groundedness,
    [property: JsonPropertyName("relevance")] JudgeScore Relevance);
