using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Health;

/// <summary>Writes <c>bench/results/health-DATE.md</c>.</summary>
internal static class HealthResults
{
    public static string Write(string resultsDirectory, HealthReport report, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Health endpoints under load ({now:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"`dotnet run -c Release --project bench/DiploAssistant.Bench -- health`: the Release server on loopback over {report.Articles:N0} ktitan articles " +
            $"(SQLite, offline defaults, rate limits off), each path probed one request at a time, alone and then while {HealthUnderLoadBenchmark.ConcurrentAsks} " +
            $"clients each keep one `/api/ask` in flight. {MachineDescription.Describe(now)}");
        text.AppendLine();
        text.AppendLine("| server | path | alone p50 / p99 | with 100 asks in flight p50 / p99 | probes under load | p99 under load / alone |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var run in report.Runs)
        {
            foreach (var path in HealthUnderLoadBenchmark.Paths)
            {
                var alone = run.Alone[path];
                var loaded = run.UnderLoad[path];
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {run.Configuration} | `/{path}` | {alone.P50:F1} / {alone.P99:F1} ms | {loaded.P50:F1} / {loaded.P99:F1} ms | {run.ProbesUnderLoad[path]} | {loaded.P99 / alone.P99:F1}× |");
            }
        }

        text.AppendLine();
        foreach (var run in report.Runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {run.Configuration}: {run.AsksAnswered:N0} asks answered ({run.AsksPerSecond:F1}/s), {run.AskErrors} errors, ask p50 {run.Asks.P50:F0} ms, " +
                $"p99 {run.Asks.P99:F0} ms; server peak RSS {(run.ServerPeakRssKilobytes is { } kb ? $"{kb / 1024} MB" : "unknown")}.");
        }

        Directory.CreateDirectory(resultsDirectory);
        var file = Path.Combine(resultsDirectory, $"health-{now:yyyy-MM-dd}.md");
        File.WriteAllText(file, text.ToString());
        return file;
    }
}
