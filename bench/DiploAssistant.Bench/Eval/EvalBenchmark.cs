using System.Text.Json;
using DiploAssistant.Bench.KorQuad;
using DiploAssistant.Bench.Processes;

namespace DiploAssistant.Bench.Eval;

/// <summary>
/// Runs <c>diplo eval --json</c> as a user would (child processes, fresh SQLite store): ingest the question set's corpus
/// with <c>diplo ingest</c>, evaluate, and read the report it prints.
/// </summary>
internal sealed class EvalBenchmark(string sharedData, ProductBinaries binaries, string workDirectory, TextWriter log)
{
    private static readonly string[] MetricNames =
        ["recallAt1", "recallAt5", "recallAt10", "mrr", "answerHitRate", "citationPrecision", "anyCitation", "refusalAccuracy"];

    public async Task<EvalReport> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var set = EvalQuestionSet.Write(sharedData, workDirectory);
        log.WriteLine($"{set.Paragraphs} paragraphs; {set.Answerable} answerable, {set.HeldOut} held-out and {set.OffTopic} off-topic questions");
        var store = Path.Combine(workDirectory, "store");
        var cli = new DiploCli(binaries, new Dictionary<string, string> { ["DIPLO_Store__Provider"] = "Sqlite" });
        var ingest = await cli.RunAsync(["ingest", set.CorpusPath, "--store", store, "--json"], cancellationToken);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException($"diplo ingest failed ({ingest.ExitCode}): {ingest.Error}");
        }

        using var ingested = JsonDocument.Parse(ingest.Output);
        var stored = ingested.RootElement.GetProperty("added").GetInt32();
        log.WriteLine($"ingested {stored} paragraphs in {ingest.Elapsed.TotalSeconds:F1} s");

        var evaluation = await cli.RunAsync(["eval", set.QuestionsPath, "--store", store, "--json"], cancellationToken);
        if (evaluation.ExitCode != 0)
        {
            throw new InvalidOperationException($"diplo eval failed ({evaluation.ExitCode}): {evaluation.Error}");
        }

        using var report = JsonDocument.Parse(evaluation.Output);
        var root = report.RootElement;
        var metrics = MetricNames
            .Select(name => (name, root.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (double?)null))
            .ToList();
        var outcomes = root.GetProperty("outcomes").EnumerateArray().Select(o => (
            Id: o.GetProperty("id").GetString()!,
            Answered: o.GetProperty("answered").GetBoolean(),
            Failed: Failed(o))).ToList();
        (int, int) Declined(string prefix)
        {
            var group = outcomes.Where(o => o.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return (group.Count(o => !o.Answered), group.Count);
        }

        log.WriteLine($"diplo eval: {outcomes.Count} questions in {evaluation.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", metrics.Select(m => $"{m.Item1} {m.Item2:F3}")));
        var baseline = await BaselineAsync(set);
        log.WriteLine($"FTS5 over character bigrams on the answerable questions: R@1 {baseline.RecallAt1:F3}, R@5 {baseline.RecallAt5:F3}, MRR@10 {baseline.MrrAt10:F3}");
        return new EvalReport(set, stored, ingest, evaluation, metrics, outcomes.Count, outcomes.Count(o => o.Failed), Declined("heldout-"), Declined("offtopic-"), baseline);
    }

    /// <summary>The KorQuAD benchmark's peer (FTS5 over character bigrams) on the same paragraphs and answerable questions.</summary>
    private async Task<RecallFigures> BaselineAsync(EvalQuestionSet set)
    {
        await using var baseline = new BigramBaseline(Path.Combine(workDirectory, "baseline.db"));
        baseline.Build(set.Documents);
        var recall = new RecallAccumulator();
        foreach (var question in set.AnswerableQuestions)
        {
            var index = baseline.Search(question.Text, 10).IndexOf(question.GoldDocumentId);
            recall.Add(index < 0 ? null : index + 1);
        }

        return recall.Figures();
    }

    /// <summary>The same rule as the CLI's failure report (QuestionOutcome.Failed), read from the JSON.</summary>
    private static bool Failed(JsonElement o)
    {
        var answered = o.GetProperty("answered").GetBoolean();
        if (!o.GetProperty("answerable").GetBoolean())
        {
            return answered;
        }

        var rank = o.GetProperty("goldRank") is { ValueKind: JsonValueKind.Number } r ? r.GetInt32() : (int?)null;
        var hit = o.GetProperty("answerHit") is { ValueKind: JsonValueKind.True or JsonValueKind.False } h ? h.GetBoolean() : (bool?)null;
        var correct = o.GetProperty("correctCitations") is { ValueKind: JsonValueKind.Number } c ? c.GetInt32() : (int?)null;
        return !answered || hit == false || rank == 0 || correct < o.GetProperty("citations").GetInt32();
    }
}
