using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Eval;

/// <summary>Writes a run to <c>bench/results/eval-YYYY-MM-DD.md</c>: the metrics table <c>diplo eval --json</c> printed.</summary>
internal static class EvalResults
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> Meaning = new(StringComparer.Ordinal)
    {
        ["recallAt1"] = "recall@1: the question's paragraph ranked first (answerable questions)",
        ["recallAt5"] = "recall@5",
        ["recallAt10"] = "recall@10",
        ["mrr"] = "MRR@10 of the paragraph",
        ["answerHitRate"] = "answer hit rate: an expected answer span appears in the answer text",
        ["citationPrecision"] = "citation precision: cited chunks from the right paragraph or quoting an expected span",
        ["anyCitation"] = "any citation: answerable questions whose answer cites something",
        ["refusalAccuracy"] = "refusal accuracy: unanswerable questions declined",
    };

    public static string Write(string resultsDirectory, EvalReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var set = report.Set;
        var text = new StringBuilder();
        text.AppendLine("# `diplo eval` on a KorQuAD-derived question set");
        text.AppendLine();
        text.AppendLine(Inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- eval`, which builds the question set from `../shared/data` at run time " +
            "(nothing committed), then runs `diplo ingest` and `diplo eval QUESTIONS.jsonl --json` as child processes over a fresh SQLite store (offline default: " +
            "hashing embeddings, extractive answers). The machine is shared with other sessions, so the times are noisy; the scores are not.");
        text.AppendLine();
        text.AppendLine(Inv, $"- Corpus: {set.Paragraphs:N0} KorQuAD 1.0 dev paragraphs ({report.Stored:N0} stored, ingested in {report.Ingest.Elapsed.TotalSeconds:F1} s); " +
            $"every {EvalQuestionSet.HeldOutArticleStride}th Wikipedia article is held out.");
        text.AppendLine(Inv, $"- Answerable: {set.Answerable:N0} questions (every {EvalQuestionSet.QuestionStride}th of the kept articles), `expected` = the answer spans, `documentIds` = the paragraph.");
        text.AppendLine(Inv, $"- Unanswerable (`answerable: false`): {set.HeldOut:N0} questions about the held-out articles (every {EvalQuestionSet.HeldOutQuestionStride}rd; Korean, same kind of question, paragraphs not loaded) " +
            $"and {set.OffTopic:N0} RealTimeQA English news-quiz questions (every {EvalQuestionSet.OffTopicStride}th; off topic).");
        text.AppendLine(Inv, $"- `diplo eval` ran {report.Questions:N0} questions in {report.Evaluation.Elapsed.TotalSeconds:F1} s " +
            $"({report.Evaluation.Elapsed.TotalMilliseconds / Math.Max(1, report.Questions):F0} ms per question, retrieval + answer, start-up included); " +
            $"{report.Failures:N0} questions count against some metric (its per-question failure report).");
        text.AppendLine();
        text.AppendLine("| metric (`diplo eval --json`) | DiploAssistant | SQLite FTS5 over character bigrams (same paragraphs and questions) |");
        text.AppendLine("|---|---:|---:|");
        var b = report.Baseline;
        var peer = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["recallAt1"] = b.RecallAt1,
            ["recallAt5"] = b.RecallAt5,
            ["recallAt10"] = b.RecallAt10,
            ["mrr"] = b.MrrAt10,
        };
        foreach (var (name, value) in report.Metrics)
        {
            var baseline = peer.TryGetValue(name, out var p) ? p.ToString("F3", Inv) : "— (not a search measure)";
            text.AppendLine(Inv, $"| {Meaning.GetValueOrDefault(name, name)} | {(value is { } v ? v.ToString("F3", Inv) : "n/a")} | {baseline} |");
        }

        text.AppendLine();
        text.AppendLine("Refusals by kind of unanswerable question (from the outcomes `diplo eval --json` lists):");
        text.AppendLine();
        text.AppendLine("| unanswerable questions | declined |");
        text.AppendLine("|---|---:|");
        text.AppendLine(Inv, $"| held-out KorQuAD articles (on topic) | {Share(report.HeldOutDeclined)} |");
        text.AppendLine(Inv, $"| RealTimeQA questions (off topic) | {Share(report.OffTopicDeclined)} |");
        text.AppendLine();
        text.AppendLine("The peer is the KorQuAD benchmark's baseline (a plain FTS5 table over character bigrams, OR query, bm25), built and queried in the same " +
            "run on the same paragraphs and answerable questions; it ranks documents and does not answer, so it has no figure for the answer metrics.");
        var path = Path.Combine(resultsDirectory, $"eval-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Share((int Declined, int Of) group) =>
        group.Of == 0 ? "n/a" : string.Create(Inv, $"{(double)group.Declined / group.Of:F3} ({group.Declined}/{group.Of})");
}
