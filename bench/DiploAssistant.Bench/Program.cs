using DiploAssistant.Bench;
using DiploAssistant.Bench.KorQuad;

// dotnet run -c Release --project bench/DiploAssistant.Bench -- korquad [--distractors] [--sweep] [--keep] | realtimeqa | crosslingual | speed [--no-load] | vcache | stages [--fts5 DUMP]... STORE... | eval | health | clusters | analysis
switch (args.FirstOrDefault())
{
    case "speed" when args.Skip(1).All(a => a == "--no-load"):
        return await BenchCommands.SpeedAsync(withLoad: !args.Contains("--no-load"), CancellationToken.None);
    case "vcache" when args.Length == 1:
        return await BenchCommands.VectorCacheAsync(rounds: 10, CancellationToken.None);
    case "stages" when args.Length > 1:
        return await BenchCommands.StagesAsync(args.Skip(1).ToList(), CancellationToken.None);
    case "health" when args.Length == 1:
        return await BenchCommands.HealthAsync(CancellationToken.None);
    case "clusters" when args.Length == 1:
        return await BenchCommands.ClustersAsync(CancellationToken.None);
    case "analysis" when args.Length == 1:
        return await BenchCommands.AnalysisAsync(CancellationToken.None);
    case "eval" when args.Length == 1:
        return await BenchCommands.EvalAsync(CancellationToken.None);
    case "realtimeqa":
        return await BenchCommands.RealTimeQaAsync(CancellationToken.None);
    case "crosslingual":
        return await BenchCommands.CrossLingualAsync(CancellationToken.None);
}

if (args.Length == 0 || args[0] != "korquad" || args.Skip(1).Any(a => a is not ("--distractors" or "--sweep" or "--keep")))
{
    Console.Error.WriteLine("usage: DiploAssistant.Bench korquad [--distractors] [--sweep] [--keep] | realtimeqa | crosslingual | speed [--no-load] | vcache | stages [--fts5 DUMP]... STORE... | eval | health | clusters | analysis");
    return 2;
}

var distractors = args.Contains("--distractors");
var root = SharedDataLocator.FindRepositoryRoot();
var work = Path.Combine(root, "bench", "results", "tmp", $"korquad-{Guid.NewGuid():N}");
var configurations = args.Contains("--sweep")
    ? RetrieverConfiguration.Sweep().Prepend(RetrieverConfiguration.Default).ToList()
    : [RetrieverConfiguration.Default];
try
{
    var benchmark = new KorQuadBenchmark(SharedDataLocator.Find(), work, new ProductChunkSplitter(), Console.Out);
    var report = await benchmark.RunAsync(distractors, configurations, CancellationToken.None);
    if (!args.Contains("--sweep"))
    {
        var path = MarkdownResults.Write(Path.Combine(root, "bench", "results"), report, TimeProvider.System.GetUtcNow());
        Console.WriteLine($"results written to {path}");
    }

    return 0;
}
finally
{
    if (!args.Contains("--keep") && Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}
