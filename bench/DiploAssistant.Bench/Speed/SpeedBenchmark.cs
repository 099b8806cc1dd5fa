using System.Diagnostics;
using System.Text.Json;
using DiploAssistant.Bench.Load;
using DiploAssistant.Bench.Processes;

namespace DiploAssistant.Bench.Speed;

/// <summary>
/// Ingestion throughput of <c>diplo ingest</c> (child process, SQLite store) on the whole ktitan and UN dumps against raw
/// FTS5 insertion of the same text; search / ask latency against raw FTS5 MATCH at about 1k, 10k and all stored documents
/// (ktitan subsets, then ktitan + UN speeches); then the server under load over the full store.
/// </summary>
internal sealed class SpeedBenchmark(string sharedData, ProductBinaries binaries, string workDirectory, TextWriter log)
{
    private const int QuestionCount = 200;
    private static readonly int[] SubsetSizes = [1_000, 10_000];

    public async Task<SpeedReport> RunAsync(bool withLoad, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(workDirectory);
        var cli = new DiploCli(binaries, new Dictionary<string, string>
        {
            ["DIPLO_Store__Provider"] = "Sqlite",
            // Both dumps are larger than the default 20 MB input limit (Ingestion:MaxBytes).
            ["DIPLO_Ingestion__MaxBytes"] = (256L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var ktitan = DumpFile.Open("ktitan-news-rss", Path.Combine(sharedData, "ktitan-news-rss", "ktitan_news_rss.jsonl"));
        var speeches = DumpFile.Open("ungdc-2015-2024", Path.Combine(sharedData, "ungdc-2015-2024", "ungdc_sessions70-79.jsonl"));

        var full = Path.Combine(workDirectory, "store-full");
        using var fullBaseline = new RawFts5Index(Path.Combine(workDirectory, "fts5-full.db"));
        var ingestion = new List<IngestionRow>();
        foreach (var dump in new[] { ktitan, speeches })
        {
            ingestion.Add(await IngestAsync(cli, dump, full, fullBaseline, cancellationToken));
        }

        var subsets = CorpusSubsets.Write(ktitan, SubsetSizes, workDirectory);
        var small = Path.Combine(workDirectory, "store-1k");
        var medium = Path.Combine(workDirectory, "store-10k");
        using var smallBaseline = new RawFts5Index(Path.Combine(workDirectory, "fts5-1k.db"));
        using var mediumBaseline = new RawFts5Index(Path.Combine(workDirectory, "fts5-10k.db"));
        var subsetRows = new List<IngestionRow> { await IngestAsync(cli, DumpFile.Open("ktitan subset 1k", subsets[0]), small, smallBaseline, cancellationToken) };
        CopyDirectory(small, medium);
        mediumBaseline.Insert(subsets[0]);
        subsetRows.Add(await IngestAsync(cli, DumpFile.Open("ktitan subset 10k (the 9k added to the 1k store)", subsets[1]), medium, mediumBaseline, cancellationToken));

        var questions = Questions(subsets[0]);
        var latency = new List<LatencyRow>();
        IReadOnlyList<string> answered = [];
        foreach (var (store, baseline) in new[] { (small, smallBaseline), (medium, mediumBaseline), (full, fullBaseline) })
        {
            (var row, answered) = await LatencyProbe.MeasureAsync(store, baseline, questions, cancellationToken);
            latency.Add(row);
            log.WriteLine($"{row.Documents} documents: search p50 {row.Search.P50:F1} ms, ask p50 {row.Ask.P50:F1} ms, FTS5 p50 {row.Fts5.P50:F2} ms");
        }

        var questionSource = $"{questions.Count} titles of articles in the 1k subset (so present at every size), asked as written (Korean, English, some Japanese)";
        LoadReport? load = null;
        string? skipped = null;
        if (!withLoad)
        {
            skipped = "--no-load given";
        }
        else if (!HeyRunner.IsInstalled())
        {
            skipped = "hey is not installed (apt-get install hey)";
        }
        else if (answered.Count == 0)
        {
            skipped = "no question was answered with citations at the full size";
        }
        else
        {
            var rtqa = DumpFile.Open("realtimeqa corpus", Path.Combine(sharedData, "realtimeqa", "corpus_2022_gold_weeks.jsonl"));
            load = await new LoadBenchmark(binaries, cli, workDirectory, log)
                .RunAsync(full, latency[^1].Documents, answered[0], rtqa, cancellationToken);
        }

        return new SpeedReport(ingestion, subsetRows, latency, questionSource, load, skipped, clock.Elapsed);
    }

    private async Task<IngestionRow> IngestAsync(DiploCli cli, DumpFile dump, string store, RawFts5Index baseline, CancellationToken cancellationToken)
    {
        var run = await cli.RunAsync(["ingest", dump.Path, "--store", store, "--json"], cancellationToken);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"diplo ingest {dump.Path} failed ({run.ExitCode}): {run.Error}");
        }

        using var report = JsonDocument.Parse(run.Output);
        var added = report.RootElement.GetProperty("added").GetInt32() + report.RootElement.GetProperty("updated").GetInt32();
        var failed = report.RootElement.GetProperty("failed").GetInt32();
        var (rows, fts5Time) = baseline.Insert(dump.Path);
        var row = new IngestionRow(dump, added, failed, run.Elapsed, run.PeakRssKilobytes, rows, fts5Time);
        log.WriteLine($"{dump.Name}: {dump.Lines} items, {dump.Bytes / 1e6:F1} MB: diplo ingest {run.Elapsed.TotalSeconds:F1} s " +
            $"({row.ArticlesPerSecond:F0} articles/s, peak RSS {run.PeakRssKilobytes / 1024} MB, {added} stored, {failed} refused); " +
            $"raw FTS5 {fts5Time.TotalSeconds:F2} s; ratio {row.Ratio:F1}×");
        return row;
    }

    /// <summary>Evenly spaced titles of the articles with a body in the smallest subset.</summary>
    public static List<string> Questions(string subsetPath)
    {
        var titles = File.ReadLines(subsetPath)
            .Select(DumpFile.TitleAndBody)
            .Where(a => a.Body.Length > 0 && a.Title.Trim().Length >= 8)
            .Select(a => a.Title.Trim())
            .ToList();
        var step = Math.Max(1, titles.Count / QuestionCount);
        return titles.Where((_, i) => i % step == 0).Take(QuestionCount).ToList();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
