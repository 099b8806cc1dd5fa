using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using DiploAssistant.Bench.Processes;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Bench.CacheCatchUp;

/// <summary>
/// The cost of the first vector search after <c>diplo ingest</c> (a child process, as beside a running server) writes a
/// batch of 64 RealTimeQA pages into the store of the ktitan and UN dumps: the served store, whose cache catches up from the
/// change log, against a fresh store in the same process, which reads every vector as each search after a write used to.
/// </summary>
internal sealed class CatchUpBenchmark(string sharedData, ProductBinaries binaries, string workDirectory, TextWriter log)
{
    public const int BatchSize = 64;

    public async Task<CatchUpReport> RunAsync(int rounds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(workDirectory);
        var cli = new DiploCli(binaries, new Dictionary<string, string>
        {
            ["DIPLO_Store__Provider"] = "Sqlite",
            ["DIPLO_Ingestion__MaxBytes"] = (256L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        });
        var store = Path.Combine(workDirectory, "store");
        foreach (var dump in new[] { Path.Combine("ktitan-news-rss", "ktitan_news_rss.jsonl"), Path.Combine("ungdc-2015-2024", "ungdc_sessions70-79.jsonl") })
        {
            await IngestAsync(cli, Path.Combine(sharedData, dump), store, cancellationToken);
        }

        var pages = File.ReadLines(Path.Combine(sharedData, "realtimeqa", "corpus_2022_gold_weeks.jsonl")).Where(l => l.Length > 0).ToList();
        var query = ReadQueryVector(store);
        await using var served = new SqliteDocumentStore(store);
        var documents = (await served.GetStatisticsAsync(cancellationToken)).Documents;
        await served.SearchVectorAsync(query, SearchFilters.None, 10, cancellationToken);
        log.WriteLine($"store of {documents} documents loaded; {rounds} rounds of {BatchSize} pages");

        var results = new List<CatchUpRound>();
        for (var round = 0; round < rounds && (round + 1) * BatchSize <= pages.Count; round++)
        {
            var batch = Path.Combine(workDirectory, $"batch-{round}.jsonl");
            await File.WriteAllLinesAsync(batch, pages.Skip(round * BatchSize).Take(BatchSize), cancellationToken);
            await IngestAsync(cli, batch, store, cancellationToken);

            var (catchUp, hits) = await TimeSearchAsync(served, query, cancellationToken);
            var (warm, _) = await TimeSearchAsync(served, query, cancellationToken);
            double full;
            IReadOnlyList<ScoredChunk> freshHits;
            await using (var fresh = new SqliteDocumentStore(store))
            {
                (full, freshHits) = await TimeSearchAsync(fresh, query, cancellationToken);
            }

            var chunks = (await served.GetStatisticsAsync(cancellationToken)).Chunks;
            var row = new CatchUpRound(round + 1, chunks, catchUp, warm, full, hits.SequenceEqual(freshHits));
            results.Add(row);
            log.WriteLine($"round {row.Round}: {chunks} chunks; first search {catchUp:F1} ms (catch-up), then {warm:F1} ms; fresh store {full:F1} ms; same ranking {row.SameRanking}");
        }

        return new CatchUpReport(documents, BatchSize, results, served.VectorFullLoads, clock.Elapsed);
    }

    private static async Task<(double Milliseconds, IReadOnlyList<ScoredChunk> Hits)> TimeSearchAsync(
        SqliteDocumentStore store, float[] query, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var hits = await store.SearchVectorAsync(query, SearchFilters.None, 50, cancellationToken);
        return (clock.Elapsed.TotalMilliseconds, hits);
    }

    private static async Task IngestAsync(DiploCli cli, string path, string store, CancellationToken cancellationToken)
    {
        var run = await cli.RunAsync(["ingest", path, "--store", store, "--json"], cancellationToken);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"diplo ingest {path} failed ({run.ExitCode}): {run.Error}");
        }

        using var report = JsonDocument.Parse(run.Output);
        if (report.RootElement.GetProperty("added").GetInt32() + report.RootElement.GetProperty("updated").GetInt32() == 0)
        {
            throw new InvalidOperationException($"diplo ingest {path} stored nothing.");
        }
    }

    /// <summary>A stored chunk's vector, so the query has the store's dimensions and real neighbours.</summary>
    private static float[] ReadQueryVector(string store)
    {
        var path = Path.Combine(store, SqliteDocumentStore.FileName);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT embedding FROM chunks WHERE embedding IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET 1000";
        var blob = (byte[])command.ExecuteScalar()!;
        return MemoryMarshal.Cast<byte, float>(blob).ToArray();
    }
}
