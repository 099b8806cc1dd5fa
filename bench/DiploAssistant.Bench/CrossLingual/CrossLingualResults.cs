using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.CrossLingual;

/// <summary>Writes a run to <c>bench/results/crosslingual-YYYY-MM-DD.md</c>.</summary>
internal static class CrossLingualResults
{
    public static string Write(string resultsDirectory, CrossLingualReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Cross-lingual retrieval (koen-news-parallel)");
        text.AppendLine();
        text.AppendLine(inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- crosslingual`. ");
        text.AppendLine(inv, $"{report.Pairs:N0} Korean–English news sentence pairs: the sentences of one language are indexed as documents (DiploAssistant through its dump ingestion), and each sentence of the other language must find its own pair among all {report.Pairs:N0}. ");
        text.AppendLine("No engine here translates: the offline default (BM25 over Korean-aware terms + hashing n-gram embeddings) can only match what both sides share — numbers, Latin-script names and acronyms written inside Korean sentences. Cross-lingual search needs a multilingual embedding model (`Embeddings:Provider`).");
        if (report.SkippedPeers is not null)
        {
            text.AppendLine();
            text.AppendLine(inv, $"MiniSearch and FlexSearch were skipped: {report.SkippedPeers}.");
        }

        foreach (var direction in report.Rows.GroupBy(r => r.Direction))
        {
            text.AppendLine();
            text.AppendLine(inv, $"## {direction.Key}");
            text.AppendLine();
            text.AppendLine("| engine | R@1 | R@10 | MRR@10 | index | query loop |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var row in direction)
            {
                var f = row.Figures;
                text.AppendLine(inv, $"| {row.Engine} | {f.RecallAt1:F3} | {f.RecallAt10:F3} | {f.MrrAt10:F3} | {Seconds(row.IndexTime)} | {Seconds(row.QueryTime)} |");
            }
        }

        var path = Path.Combine(resultsDirectory, $"crosslingual-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s" : "—";
}
