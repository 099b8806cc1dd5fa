using System.Text.Json.Serialization;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>One judge metric over a question set: the mean of the scores given (null when none was), how many were given and how many failed.</summary>
public sealed record JudgeMean(
    [property: JsonPropertyName("mean")] double? Mean,
    [property: JsonPropertyName("scored")] int Scored,
    [property: JsonPropertyName("failed")] int Failed)
{
    public static JudgeMean Of(IReadOnlyCollection<JudgeScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var given = scores.Where(s => s.Score is not null).Select(s => s.Score!.Value).ToList();
        return new JudgeMean(given.Count == 0 ? null : given.Average(), given.Count, scores.Count(s => s.Failed));
    }
}
