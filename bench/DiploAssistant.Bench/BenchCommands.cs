using DiploAssistant.Bench.CrossLingual;
using DiploAssistant.Bench.RealTimeQa;

namespace DiploAssistant.Bench;

/// <summary>The <c>realtimeqa</c> and <c>crosslingual</c> subcommands: run in a temporary folder under bench/results/tmp, write bench/results/.</summary>
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

    private static async Task<int> InWorkDirectoryAsync(string name, Func<string, string, Task<string>> run)
    {
        var root = SharedDataLocator.FindRepositoryRoot();
        var work = Path.Combine(root, "bench", "results", "tmp", $"{name}-{Guid.NewGuid():N}");
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
