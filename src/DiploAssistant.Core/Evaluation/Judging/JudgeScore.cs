using System.Text.Json.Serialization;
using Microsoft.Extensions.AI.Evaluation;

namespace DiploAssistant.Core.Evaluation.Judging;

/// <summary>
/// One judge metric of one answer, as <c>diplo eval --judge --json</c> prints it: the score (1–5) and the judge's reason,
/// or <c>failed: true</c>, no score, and a diagnostic saying why it could not be had.
/// </summary>
public sealed record JudgeScore(
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("failed")] bool Failed,
    [property: JsonPropertyName("diagnostic")] string? Diagnostic)
{
    public static JudgeScore From(NumericMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var errors = metric.Diagnostics?.Where(d => d.Severity == EvaluationDiagnosticSeverity.Error).Select(d => d.Message).ToList() ?? [];
        return metric.Value is { } value && errors.Count == 0
            ? new JudgeScore(value, metric.Reason, false, null)
            : new JudgeScore(null, null, true, errors.Count > 0 ? string.Join("; ", errors) : "the judge gave no score");
    }
}
