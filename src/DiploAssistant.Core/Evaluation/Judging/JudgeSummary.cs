using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// The judge's scores over a question set (<c>diplo eval --judge</c>). Only answers given are judged: a refusal has no
/// claims to ground; <see cref="Judged"/> counts the answers that were.
/// </summary>
public sealed record JudgeSummary(
    [property: JsonPropertyName("judged")] int Judged,
    [property: JsonPropertyName("groundedness")] JudgeMean Groundedness,
    [property: JsonPropertyName("relevance")] JudgeMean Relevance)
{
    public static JudgeSummary Of(IReadOnlyCollection<AnswerJudgement> judgements)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        return new JudgeSummary(
            judgements.Count,
            JudgeMean.Of(judgements.Select(j => j.Groundedness).ToList()),
            JudgeMean.Of(judgements.Select(j => j.Relevance).ToList()));
    }
}
