using System.Globalization;
using DiploAssistant.Core.Evaluation;
using DiploAssistant.Core.Evaluation.Judging;

namespace DiploAssistant.Cli.Output;

/// <summary>The judge's part of <c>diplo eval --judge</c> as text: the means, then each answer scored below 3 or not scored, with why.</summary>
internal static class JudgeOutput
{
    private const double Low = 3;

    public static async Task WriteAsync(TextWriter output, JudgeSummary judge, IReadOnlyList<QuestionOutcome> outcomes)
    {
        await output.WriteLineAsync($"groundedness (1-5) {Mean(judge.Groundedness)}").ConfigureAwait(false);
        await output.WriteLineAsync($"relevance (1-5)    {Mean(judge.Relevance)}").ConfigureAwait(false);
        var flagged = outcomes.Where(o => o.Judge is { } j && (Flagged(j.Groundedness) || Flagged(j.Relevance))).ToList();
        if (flagged.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{flagged.Count} answers the judge scored below {Low} or could not score:").ConfigureAwait(false);
        foreach (var o in flagged)
        {
            await output.WriteLineAsync($"  {o.Id}: {o.Question}").ConfigureAwait(false);
            await WriteScoreAsync(output, "groundedness", o.Judge!.Groundedness).ConfigureAwait(false);
            await WriteScoreAsync(output, "relevance", o.Judge.Relevance).ConfigureAwait(false);
        }
    }

    private static bool Flagged(JudgeScore score) => score.Failed || score.Score < Low;

    private static string Mean(JudgeMean mean)
    {
        var value = mean.Mean is { } m ? m.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var failed = mean.Failed == 0 ? "" : $", {mean.Failed} not scored";
        return $"{value} ({mean.Scored} answers scored{failed})";
    }

    private static Task WriteScoreAsync(TextWriter output, string name, JudgeScore score) =>
        output.WriteLineAsync(score.Failed
            ? $"      {name}: not scored: {score.Diagnostic}"
            : $"      {name}: {score.Score!.Value.ToString("0", CultureInfo.InvariantCulture)} {score.Reason}");
}
