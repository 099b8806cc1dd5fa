using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>Writes a run to <c>bench/results/realtimeqa-YYYY-MM-DD.md</c> and the recall figures to <c>realtimeqa-recall.tsv</c> (for the plot).</summary>
internal static class RealTimeQaResults
{
    public static string Write(string resultsDirectory, RealTimeQaReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# RealTimeQA retrieval and answers");
        text.AppendLine();
        text.AppendLine(inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- realtimeqa`. ");
        text.AppendLine(inv, $"{report.Questions} questions with gold CNN articles over the {report.Documents:N0}-document scraped corpus (`../shared/data/realtimeqa`); a hit is any gold document of the question in the top k. ");
        text.AppendLine(inv, $"DiploAssistant ingested the corpus file through its dump path (parse, clean, segment, chunk, hashing embeddings, SQLite) in {report.IngestTime.TotalSeconds:F1} s: {report.DocumentsStored:N0} documents stored as {report.StoriesStored:N0} stories, {report.DocumentsFailed} refused (empty text). ");
        text.AppendLine(inv, $"The window keeps documents dated from the question's date − {RealTimeQaBenchmark.WindowDays - 1} days to that date (undated ones are left out); \"as-of\" hides only documents published after the question's date.");
        if (report.SkippedPeers is not null)
        {
            text.AppendLine();
            text.AppendLine(inv, $"MiniSearch and FlexSearch were skipped: {report.SkippedPeers}.");
        }

        text.AppendLine();
        text.AppendLine("## Retrieval: recall@k of the gold document");
        text.AppendLine();
        text.AppendLine("| engine | dates used | R@1 | R@5 | R@10 | MRR@10 | index | query loop | data/README.md R@1 / R@5 / R@10 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in report.Engines)
        {
            var f = row.Figures;
            text.AppendLine(inv, $"| {row.Engine} | {row.Dates} | {f.RecallAt1:F3} | {f.RecallAt5:F3} | {f.RecallAt10:F3} | {f.MrrAt10:F3} | {Seconds(row.IndexTime)} | {Seconds(row.QueryTime)} | {row.ReadmeBaseline ?? "—"} |");
        }

        text.AppendLine();
        text.AppendLine(inv, $"The window as defined here (question date − {RealTimeQaBenchmark.WindowDays - 1} days … question date, bounds included) gives FTS5 slightly different figures from data/README.md's; the no-window FTS5 row and Google's ranking reproduce it exactly. ");
        text.AppendLine("DiploAssistant's index time is the whole ingestion (cleaning, chunking, embedding, storing); the peers' is building their index from the raw title + text.");
        var a = report.Answers;
        text.AppendLine();
        text.AppendLine("## Answers: `IAskService` (offline default: extractive answers, hashing embeddings), as-of = question date");
        text.AppendLine();
        text.AppendLine("| engine | answered | declined | correct answer text in the answer | … of answered | gold document cited | answer loop |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        text.AppendLine(inv, $"| DiploAssistant ask | {Share(a.Answered, a.Questions)} | {Share(a.Declined, a.Questions)} | {Share(a.AnswerHits, a.Questions)} | {Share(a.AnswerHits, a.Answered)} | {Share(a.GoldCited, a.Questions)} | {a.LoopTime.TotalSeconds:F1} s |");
        text.AppendLine();
        text.AppendLine(inv, $"The correct choice text appears (whole words, case and punctuation ignored) in a gold document's own text for {Share(a.AnswerInGoldText, a.Questions)} of the questions: the ceiling for an answer quoted from the articles. The peers are search engines and do not answer.");
        var path = Path.Combine(resultsDirectory, $"realtimeqa-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        WriteRecallTable(Path.Combine(resultsDirectory, "realtimeqa-recall.tsv"), report);
        return path;
    }

    /// <summary>One line per engine: label, R@1, R@5, R@10 (read by bench/plot-realtimeqa.gp).</summary>
    private static void WriteRecallTable(string path, RealTimeQaReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("engine\tR@1\tR@5\tR@10\n");
        foreach (var row in report.Engines)
        {
            text.AppendLine(inv, $"\"{PlotLabel(row)}\"\t{row.Figures.RecallAt1:F3}\t{row.Figures.RecallAt5:F3}\t{row.Figures.RecallAt10:F3}");
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>A short axis label: the engine's first name (FTS5 for SQLite) and how it used dates.</summary>
    private static string PlotLabel(EngineRow row)
    {
        var name = row.Engine.StartsWith("SQLite FTS5", StringComparison.Ordinal) ? "FTS5 BM25" : row.Engine.Split(' ')[0];
        var dates = row.Dates switch
        {
            "none" or "Google's own" => string.Empty,
            var d when d.Contains("window", StringComparison.Ordinal) => $", {RealTimeQaBenchmark.WindowDays}-day window",
            _ => ", as-of",
        };
        return name + dates;
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s" : "—";

    private static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? 0 : (double)count / total):F3} ({count}/{total})");
}
