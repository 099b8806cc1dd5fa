using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary>
/// <c>diplo eval FILE.jsonl [--json] [--judge]</c>: scores the loaded articles and the assistant on a user's own question set;
/// <c>--judge</c> also has the chat model score each answer's groundedness and relevance.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSONL: question, optional expected, documentIds or urls, answerable, asOf." };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var judge = new Option<bool>("--judge") { Description = "Also score each answer's groundedness and relevance (1-5) with the configured chat model as the judge." };
        var command = new Command("eval", "Measure retrieval, answers, citations and refusals on a question set.") { file, store, json, judge };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName} was not found.");
            }

            await using var services = CoreServices.Create(result.GetValue(store));
            var evaluator = services.GetRequiredService<Evaluator>();
            var judged = result.GetValue(judge);
            if (judged && !evaluator.CanJudge)
            {
                throw new UsageException(
                    "--judge needs a chat model to judge with, and none is configured: set Chat:Provider, Chat:Model and Chat:Endpoint "
                    + "(e.g. DIPLO_Chat__Provider=OpenAICompatible DIPLO_Chat__Endpoint=http://127.0.0.1:11434/v1 DIPLO_Chat__Model=llama3.1:8b).");
            }

            var (questions, skipped) = Read(path, console.Error);
            var report = await evaluator.EvaluateAsync(questions, judged, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(report)).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(console.Out, report).ConfigureAwait(false);
            }

            if (skipped > 0)
            {
                await console.Error.WriteLineAsync($"{skipped} lines of {path.Name} were skipped (listed above); the rest were evaluated.").ConfigureAwait(false);
                return ExitCodes.PartialFailure;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The questions of the file, and how many lines were skipped (each named on <paramref name="error"/> with its reason).</summary>
    private static (List<EvaluationQuestion> Questions, int Skipped) Read(FileInfo path, TextWriter error)
    {
        var questions = new List<EvaluationQuestion>();
        var number = 0;
        var skipped = 0;
        foreach (var line in File.ReadLines(path.FullName))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string reason;
            try
            {
                var question = JsonSerializer.Deserialize<EvaluationQuestion>(line, CliJson.Options);
                if (question is { Question.Length: > 0 })
                {
                    questions.Add(question with { Id = question.Id ?? number.ToString(CultureInfo.InvariantCulture) });
                    continue;
                }

                reason = "it has no \"question\" text";
            }
            catch (JsonException exception)
            {
                reason = exception.Path is { Length: > 1 } field
                    ? $"the field {field} is not what was expected: {FirstSentence(exception.Message)}"
                    : "it is not a JSON object: " + FirstSentence(exception.Message);
            }

            skipped++;
            error.WriteLine($"{path.Name}:{number}: skipped: {reason}");
        }

        return (questions, skipped);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    private static async Task WriteAsync(TextWriter output, EvaluationReport report)
    {
        static string F(double? value) => value is null ? "n/a" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"questions          {report.Questions}").ConfigureAwait(false);
        await output.WriteLineAsync($"recall@1/5/10      {F(report.RecallAt1)} / {F(report.RecallAt5)} / {F(report.RecallAt10)}").ConfigureAwait(false);
        await output.WriteLineAsync($"MRR                {F(report.Mrr)}").ConfigureAwait(false);
        await output.WriteLineAsync($"answer hit rate    {F(report.AnswerHitRate)}").ConfigureAwait(false);
        await output.WriteLineAsync($"citation precision {F(report.CitationPrecision)}").ConfigureAwait(false);
        await output.WriteLineAsync($"any citation       {F(report.AnyCitation)}").ConfigureAwait(false);
        await output.WriteLineAsync($"refusal accuracy   {F(report.RefusalAccuracy)}").ConfigureAwait(false);
        if (report.Judge is { } judge)
        {
            await JudgeOutput.WriteAsync(output, judge, report.Outcomes).ConfigureAwait(false);
        }

        var failures = report.Outcomes.Where(o => o.Failed).ToList();
        if (failures.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{failures.Count} questions with a failure:").ConfigureAwait(false);
        foreach (var o in failures)
        {
            var rank = o.GoldRank switch { null => "-", 0 => ">10", var r => r.Value.ToString(CultureInfo.InvariantCulture) };
            await output.WriteLineAsync($"  {o.Id}: {o.Question}").ConfigureAwait(false);
            await output.WriteLineAsync($"      answerable={o.Answerable} answered={o.Answered} goldRank={rank} hit={o.AnswerHit?.ToString() ?? "-"} citations={o.CorrectCitations?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{o.Citations}").ConfigureAwait(false);
        }
    }
}
