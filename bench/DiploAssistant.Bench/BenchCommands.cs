using DiploAssistant.Bench.CacheCatchUp;
using DiploAssistant.Bench.CrossLingual;
using DiploAssistant.Bench.Eval;
using DiploAssistant.Bench.Processes;
using DiploAssistant.Bench.RealTimeQa;
using DiploAssistant.Bench.Speed;

namespace DiploAssistant.Bench;

/// <summary>
/// The subcommands other than korquad: each runs in a temporary folder and writes bench/results/. realtimeqa and crosslingual
/// work under bench/results/tmp; speed, vcache, clusters and eval, whose stores and derived dumps are large, under the system temp folder.
/// </summary>
internal static class BenchCommands
{
    public static Task<int> RealTimeQaAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("realtimeqa", async (root, work) =>
        {
            var report = await new RealTimeQaBenchmark(SharedDataLocator.Find(), root, work, Console.Out).RunAsync(cancellationToken);
            return RealTimeQaResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        });

    public static Task<int> CrossLingualAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("crosslingual", async (root, work) =>
        {
            var report = await new CrossLingualBenchmark(SharedDataLocator.Find(), work, Console.Out).RunAsync(cancellationToken);
            return CrossLingualResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        });

    public static Task<int> SpeedAsync(bool withLoad, CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("speed", async (root, work) =>
        {
            var benchmark = new SpeedBenchmark(SharedDataLocator.Find(), ProductBinaries.Locate(root), work, Console.Out);
            var report = await benchmark.RunAsync(withLoad, cancellationToken);
            return SpeedResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    public static Task<int> VectorCacheAsync(int rounds, CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("vcache", async (root, work) =>
        {
            var report = await new CatchUpBenchmark(SharedDataLocator.Find(), ProductBinaries.Locate(root), work, Console.Out).RunAsync(rounds, cancellationToken);
            return CatchUpResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    /// <summary>
    /// Search time by step over stores already built (<c>diplo ingest</c>), with the speed benchmark's 200 questions;
    /// DIPLO_BENCH_ROUNDS (default 3) sets how many times each question is asked.
    /// </summary>
    public static Task<int> StagesAsync(IReadOnlyList<string> stores, CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("stages", async (_, work) =>
        {
            Directory.CreateDirectory(work);
            var ktitan = DumpFile.Open("ktitan-news-rss", Path.Combine(SharedDataLocator.Find(), "ktitan-news-rss", "ktitan_news_rss.jsonl"));
            var questions = SpeedBenchmark.Questions(CorpusSubsets.Write(ktitan, [1_000], work)[0]);
            var rounds = int.TryParse(Environment.GetEnvironmentVariable("DIPLO_BENCH_ROUNDS"), out var r) && r > 0 ? r : 3;
            // --fts5 DUMP (repeatable): the raw FTS5 baseline over those dumps, built in the work folder and timed beside each store.
            var dumps = stores.Where((_, i) => i > 0 && stores[i - 1] == "--fts5").ToList();
            using var baseline = dumps.Count == 0 ? null : new RawFts5Index(Path.Combine(work, "fts5.db"));
            foreach (var dump in dumps)
            {
                baseline!.Insert(dump);
            }

            var stages = new SearchStages(questions, rounds, Console.Out, baseline);
            foreach (var store in stores.Where((s, i) => s != "--fts5" && (i == 0 || stores[i - 1] != "--fts5")))
            {
                await stages.RunAsync(Path.GetFullPath(store), cancellationToken);
            }

            return "the console (nothing written)";
        }, Path.GetTempPath());

    public static Task<int> HealthAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("health", async (root, work) =>
        {
            var report = await new Health.HealthUnderLoadBenchmark(SharedDataLocator.Find(), ProductBinaries.Locate(root), work, Console.Out).RunAsync(cancellationToken);
            return Health.HealthResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    /// <summary>Wire-copy clusters on the ktitan dump; DIPLO_BENCH_ROUNDS (default 2) sets how many off/on ingest pairs are timed.</summary>
    public static Task<int> ClustersAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("clusters", async (root, work) =>
        {
            var rounds = int.TryParse(Environment.GetEnvironmentVariable("DIPLO_BENCH_ROUNDS"), out var r) && r > 0 ? r : 2;
            var report = await new Clusters.ClustersBenchmark(SharedDataLocator.Find(), work, Console.Out).RunAsync(rounds, cancellationToken);
            return Clusters.ClustersResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    /// <summary>Timelines and briefs on Korean Wikinews, each beside an ask on the same topic (child processes).</summary>
    public static Task<int> AnalysisAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("analysis", async (root, work) =>
        {
            var report = await new Analysis.AnalysisBenchmark(SharedDataLocator.Find(), ProductBinaries.Locate(root), work, Console.Out).RunAsync(cancellationToken);
            return Analysis.AnalysisResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    public static Task<int> EvalAsync(CancellationToken cancellationToken) =>
        InWorkDirectoryAsync("eval", async (root, work) =>
        {
            var report = await new EvalBenchmark(SharedDataLocator.Find(), ProductBinaries.Locate(root), work, Console.Out).RunAsync(cancellationToken);
            return EvalResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        }, Path.GetTempPath());

    private static async Task<int> InWorkDirectoryAsync(string name, Func<string, string, Task<string>> run, string? workRoot = null)
    {
        var root = SharedDataLocator.FindRepositoryRoot();
        var work = Path.Combine(workRoot ?? Path.Combine(root, "bench", "results", "tmp"), $"diplo-bench-{name}-{Guid.NewGuid():N}");
        try
        {
            var path = await run(root, work);
            Console.WriteLine($"results written to {path}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
