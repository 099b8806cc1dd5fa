using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.CacheCatchUp;

/// <summary>Writes a run to <c>bench/results/vcache-YYYY-MM-DD.md</c>: every round, then medians and their ratio.</summary>
internal static class CatchUpResults
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(string resultsDirectory, CatchUpReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var text = new StringBuilder();
        text.AppendLine("# Vector cache: first search after an ingest batch");
        text.AppendLine();
        text.AppendLine(Inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine(Inv, $"Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- vcache` ({report.Elapsed.TotalMinutes:F1} min). ");
        text.Append(Inv, $"Store: the ktitan and UN dumps ({report.Documents:N0} documents), loaded by `diplo ingest`. ");
        text.Append(Inv, $"Each round `diplo ingest` (a child process) writes the next {report.BatchSize} RealTimeQA pages; ");
        text.AppendLine("then one vector search (top 50) on the store that was already serving " +
            "(its cache catches up from the change log), a second one, and the first one on a freshly opened store (reads every vector, as every " +
            "search after a write did before the log). The machine is shared: compare the ratio, measured in the same run.");
        text.AppendLine();
        text.AppendLine("| round | chunks | first search after the batch (catch-up) | second search | fresh store (full load) | same ranking |");
        text.AppendLine("|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in report.Rounds)
        {
            text.AppendLine(Inv, $"| {r.Round} | {r.Chunks:N0} | {r.CatchUpMs:F1} ms | {r.WarmMs:F1} ms | {r.FullLoadMs:F1} ms | {(r.SameRanking ? "yes" : "NO")} |");
        }

        var catchUp = Median(report.Rounds.Select(r => r.CatchUpMs));
        var full = Median(report.Rounds.Select(r => r.FullLoadMs));
        text.AppendLine();
        text.Append(Inv, $"Medians: catch-up {catchUp:F1} ms, second search {Median(report.Rounds.Select(r => r.WarmMs)):F1} ms, full load {full:F1} ms; ");
        text.AppendLine(Inv, $"full load / catch-up = {full / catchUp:F1}×. The served store read every vector {report.ServedFullLoads} time(s) in the whole run.");
        var path = Path.Combine(resultsDirectory, $"vcache-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
