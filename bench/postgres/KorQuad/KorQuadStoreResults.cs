using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Postgres.KorQuad;

/// <summary>Writes bench/results/postgres-DATE.md: both stores' throughput, latencies and recall from one run.</summary>
internal static class KorQuadStoreResults
{
    public static string Write(string resultsDirectory, string command, KorQuadCorpus corpus, bool distractors, int latencySample, KorQuadStoreRun sqlite, KorQuadStoreRun postgres, DateTimeOffset now)
    {
        var chunks = corpus.Documents.Sum(d => d.Chunks.Count);
        var sampled = corpus.Questions.Count < corpus.AllQuestions ? " (every n-th)" : string.Empty;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# SQLite vs Postgres store: KorQuAD 1.0 dev{(distractors ? " + distractors" : string.Empty)}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{MachineDescription.Describe(now)} The machine is shared with other work: timings are noisy.  ")
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `{command}`.  ")
            .AppendLine(CultureInfo.InvariantCulture, $"{corpus.Documents.Count} documents ({chunks} chunks), {corpus.Questions.Count} of {corpus.AllQuestions} questions{sampled}, offline hashing embedder (512 d), the product chunker.")
            .AppendLine("Both stores get the same rows through `UpsertManyAsync` in batches of 64; then every question is retrieved one at a time")
            .AppendLine(CultureInfo.InvariantCulture, $"(`HybridRetriever.RetrieveDocumentsAsync`, top 10); lexical, vector and hybrid latencies are timed on the first {Math.Min(latencySample, corpus.Questions.Count)} questions.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"| measure | {sqlite.Store.Name} | {postgres.Store.Name} | Postgres / SQLite |")
            .AppendLine("|---|---:|---:|---:|");
        Row(text, "ingest (documents/s)", sqlite.Store.DocumentsPerSecond, postgres.Store.DocumentsPerSecond, "F1");
        Row(text, "ingest time (s)", sqlite.IngestTime.TotalSeconds, postgres.IngestTime.TotalSeconds, "F1");
        Row(text, "lexical p50 (ms)", sqlite.Store.Lexical.P50, postgres.Store.Lexical.P50, "F1");
        Row(text, "lexical p95 (ms)", sqlite.Store.Lexical.P95, postgres.Store.Lexical.P95, "F1");
        Row(text, "vector p50 (ms)", sqlite.Store.Vector.P50, postgres.Store.Vector.P50, "F1");
        Row(text, "vector p95 (ms)", sqlite.Store.Vector.P95, postgres.Store.Vector.P95, "F1");
        Row(text, "hybrid chunks p50 (ms)", sqlite.Store.Hybrid.P50, postgres.Store.Hybrid.P50, "F1");
        Row(text, "hybrid chunks p95 (ms)", sqlite.Store.Hybrid.P95, postgres.Store.Hybrid.P95, "F1");
        Row(text, "hybrid documents p50 (ms)", sqlite.DocumentRetrieval.P50, postgres.DocumentRetrieval.P50, "F1");
        Row(text, "hybrid documents p95 (ms)", sqlite.DocumentRetrieval.P95, postgres.DocumentRetrieval.P95, "F1");
        text.AppendLine()
            .AppendLine("| store | R@1 | R@5 | R@10 | MRR@10 |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var run in new[] { sqlite, postgres })
        {
            var f = run.Recall;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {run.Store.Name} | {f.RecallAt1:F3} | {f.RecallAt5:F3} | {f.RecallAt10:F3} | {f.MrrAt10:F3} |");
        }

        text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Postgres − SQLite: R@1 {Difference(postgres.Recall.RecallAt1, sqlite.Recall.RecallAt1)}, R@5 {Difference(postgres.Recall.RecallAt5, sqlite.Recall.RecallAt5)} (target: within 0.01).");
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, $"postgres-{now:yyyy-MM-dd}{(distractors ? "-distractors" : string.Empty)}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Difference(double a, double b) => Math.Round(a - b, 3).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, string measure, double sqlite, double postgres, string format) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {measure} | {sqlite.ToString(format, CultureInfo.InvariantCulture)} | {postgres.ToString(format, CultureInfo.InvariantCulture)} | " +
            $"{(sqlite == 0 ? 0 : postgres / sqlite):F2}× |");
}
