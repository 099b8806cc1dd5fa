using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Load;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Speed;

/// <summary>Writes a run to <c>bench/results/speed-YYYY-MM-DD.md</c> and the latency curve to <c>speed-latency.tsv</c> (for the plot).</summary>
internal static class SpeedResults
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(string resultsDirectory, SpeedReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var text = new StringBuilder();
        text.AppendLine("# Speed: ingestion, query latency, server under load");
        text.AppendLine();
        text.AppendLine(Inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine(Inv, $"Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- speed` ({report.Elapsed.TotalMinutes:F1} min). ");
        text.AppendLine("The machine is shared with other sessions building and testing, so absolute times are noisy (load average above the core count " +
            "is common): compare the ratios, each measured against its baseline in the same run, rather than the raw figures.");
        text.AppendLine();
        WriteIngestion(text, report);
        WriteLatency(text, report);
        if (report.Load is { } load)
        {
            WriteLoad(text, load);
        }
        else
        {
            text.AppendLine("## Server under load");
            text.AppendLine();
            text.AppendLine(Inv, $"Skipped: {report.LoadSkipped}.");
        }

        var path = Path.Combine(resultsDirectory, $"speed-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        WriteCurve(Path.Combine(resultsDirectory, "speed-latency.tsv"), report.Latency);
        return path;
    }

    private static void WriteIngestion(StringBuilder text, SpeedReport report)
    {
        text.AppendLine("## Ingestion throughput");
        text.AppendLine();
        text.AppendLine("`diplo ingest FILE.jsonl --store DIR --json` as a child process (start-up included; the dump path: parse, clean, metadata, " +
            "segment, chunk, hashing embeddings, SQLite store; `DIPLO_Ingestion__MaxBytes` raised because both dumps exceed the default 20 MB input " +
            "limit), against raw FTS5 insertion of the same title + body into a plain `unicode61` FTS5 table in a WAL file, one transaction, JSON " +
            "parsing included. Articles/s and MB/s count every line and byte of the dump. Peak RSS is the child's maximum resident set (GNU time `%M`).");
        text.AppendLine();
        text.AppendLine("| dump | items | MB | stored / refused | diplo ingest | articles/s | MB/s | peak RSS | raw FTS5 insert | FTS5 articles/s | FTS5 MB/s | time ratio |");
        text.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in report.Ingestion.Concat(report.SubsetIngestion))
        {
            text.AppendLine(Inv, $"| {row.Dump.Name} | {row.Dump.Lines:N0} | {row.Dump.Bytes / 1e6:F1} | {row.Added:N0} / {row.Failed:N0} | " +
                $"{row.ProductTime.TotalSeconds:F1} s | {row.ArticlesPerSecond:F0} | {row.MegabytesPerSecond:F2} | {Megabytes(row.ProductPeakRssKilobytes)} | " +
                $"{row.Fts5Time.TotalSeconds:F2} s | {row.Fts5ArticlesPerSecond:F0} | {row.Fts5MegabytesPerSecond:F1} | {row.Ratio:F1}× |");
        }

        text.AppendLine();
        text.AppendLine("Refused items are the dump reader's rule, not an error of the run: an item with an empty body (`summary`) is reported and skipped. " +
            "Time ratio = diplo ingest time / raw FTS5 time (how many times slower the product's full pipeline is than bare insertion).");
        text.AppendLine();
    }

    private static void WriteLatency(StringBuilder text, SpeedReport report)
    {
        text.AppendLine("## Query latency against corpus size");
        text.AppendLine();
        text.Append("Stores: about 1k and 10k ktitan documents (nested pseudo-random subsets of the dump, every date range present) and the full store ");
        text.Append(Inv, $"above (ktitan + UN speeches). Questions: {report.QuestionSource}. ");
        text.AppendLine("Each question, one at a time, warm, in process (as the server runs them): " +
            "`search` = `HybridRetriever.RetrieveAsync` top 10 (what `diplo search` runs), `ask` = `IAskService.AskAsync` (offline default: extractive), " +
            "baseline = raw FTS5 MATCH (an OR of the words, bm25, top 10, rows read) on a plain `unicode61` table of the same articles.");
        text.AppendLine();
        text.AppendLine("| documents | chunks | search p50 / p95 / p99 | ask p50 / p95 / p99 | raw FTS5 p50 / p95 / p99 | search / FTS5 (p50) | ask / FTS5 (p50) |");
        text.AppendLine("|---:|---:|---|---|---|---:|---:|");
        foreach (var row in report.Latency)
        {
            text.AppendLine(Inv, $"| {row.Documents:N0} | {row.Chunks:N0} | {Ms(row.Search)} | {Ms(row.Ask)} | {Ms(row.Fts5)} | " +
                $"{row.Search.P50 / row.Fts5.P50:F0}× | {row.Ask.P50 / row.Fts5.P50:F0}× |");
        }

        text.AppendLine();
        text.AppendLine("![latency against corpus size](speed-latency.png)");
        text.AppendLine();
    }

    private static void WriteLoad(StringBuilder text, LoadReport load)
    {
        text.AppendLine("## Server under load");
        text.AppendLine();
        text.Append("The server (`DiploAssistant.Server.dll`, Release, no `MicrosoftAppId`: authentication off, Emulator-style anonymous access) over the ");
        text.Append(Inv, $"full store ({load.StoreDocuments:N0} documents) on loopback. Debian `hey` posts the same question for {load.StepDuration.TotalSeconds:F0} s per step: ");
        text.AppendLine("`/api/ask` with `{\"question\": …}`, and `/api/messages` with a message activity, `deliveryMode: expectReplies`, no Authorization header. " +
            "First as fast as 8 workers go (the capacity), then at lower offered rates (`-q`, one worker per 5 requests/s, at least 0.5 requests/s) until p99 < 200 ms; 10 warm-up requests per endpoint are not timed. hey never reads bodies, so " +
            "during every step one more client sends the same request back to back and reads each response: it counts as answered only when it is 200 " +
            "and an answer with citations (Answer JSON `answered: true`; a message activity citing `[1]`).");
        text.AppendLine(Inv, $"Question (a title, answered with citations): \"{load.Question}\".");
        text.AppendLine();
        text.AppendLine("| endpoint | phase | workers | offered rate | achieved rate | p50 | p95 | p99 | responses | non-200 | errors | checked bodies | lost answers | p99 < 200 ms, 0 errors, 0 lost |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var step in load.Steps)
        {
            var h = step.Hey;
            var phase = !step.DuringIngest ? "alone" : step.IngestRanThroughout ? "during ingest" : "ingest ended mid-step";
            var offered = h.OfferedRate is { } r ? $"{r:F1}/s" : "max";
            text.AppendLine(Inv, $"| `{step.Endpoint}` | {phase} | {h.Concurrency} | {offered} | {h.RequestsPerSecond:F1}/s | {h.P50:F0} ms | {h.P95:F0} ms | {h.P99:F0} ms | " +
                $"{h.Responses:N0} | {h.NonSuccess} | {h.Errors} | {step.Check.Checked} | {step.Check.Lost} | {(step.Passed ? "yes" : "no")} |");
        }

        text.AppendLine();
        text.AppendLine("| endpoint | sustained rate, p99 < 200 ms, alone | … while an ingest runs |");
        text.AppendLine("|---|---:|---:|");
        foreach (var endpoint in load.Steps.Select(s => s.Endpoint).Distinct())
        {
            text.AppendLine(Inv, $"| `{endpoint}` | {Sustained(load.Sustained(endpoint, false))} | {Sustained(load.Sustained(endpoint, true))} |");
        }

        var run = load.IngestRun;
        var exit = run.ExitCode == 1 ? "exit 1 (some pages refused, the rest stored)" : $"exit {run.ExitCode}";
        text.AppendLine();
        text.AppendLine(Inv, $"Ingest during the load: `diplo ingest` of the {load.IngestedDuringLoad.Name} ({load.IngestedDuringLoad.Lines:N0} scraped pages, " +
            $"{load.IngestedDuringLoad.Bytes / 1e6:F1} MB) into the served store, {exit}, {run.Elapsed.TotalSeconds:F1} s " +
            $"({load.IngestedDuringLoad.Lines / run.Elapsed.TotalSeconds:F0} articles/s), peak RSS {Megabytes(run.PeakRssKilobytes)}. " +
            $"Server peak RSS over the whole test (VmHWM): {Megabytes(load.ServerPeakRssKilobytes)}.");
        foreach (var problem in load.Steps.Select(s => s.Check.FirstProblem ?? s.Hey.FirstError).OfType<string>().Distinct().Take(3))
        {
            text.AppendLine(Inv, $"First problem seen: {problem}");
        }

        text.AppendLine();
    }

    private static void WriteCurve(string path, IReadOnlyList<LatencyRow> rows)
    {
        var text = new StringBuilder("documents\tsearch p50\tsearch p99\task p50\task p99\traw FTS5 p50\traw FTS5 p99\n");
        foreach (var r in rows)
        {
            text.AppendLine(Inv, $"{r.Documents}\t{r.Search.P50:F3}\t{r.Search.P99:F3}\t{r.Ask.P50:F3}\t{r.Ask.P99:F3}\t{r.Fts5.P50:F3}\t{r.Fts5.P99:F3}");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Sustained(LoadStep? step) =>
        step is null ? "none passed" : string.Create(Inv, $"{step.Hey.RequestsPerSecond:F1}/s (p99 {step.Hey.P99:F0} ms)");

    private static string Ms(LatencyFigures f) => string.Create(Inv, $"{f.P50:F1} / {f.P95:F1} / {f.P99:F1} ms");

    private static string Megabytes(long? kilobytes) => kilobytes is { } k ? string.Create(Inv, $"{k / 1024.0:F0} MB") : "n/a";
}
