using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Clusters;

/// <summary>Writes a run to <c>bench/results/clusters-YYYY-MM-DD.md</c>: the figures, then the sample to check by hand.</summary>
internal static class ClustersResults
{
    public static string Write(string resultsDirectory, ClustersReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Wire-copy clusters (ktitan news RSS)");
        text.AppendLine();
        text.AppendLine(inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- clusters` (`DIPLO_BENCH_ROUNDS`, default 2). ");
        text.AppendLine(inv, $"The {report.Items:N0} ktitan items ingested through the dump path ({report.Documents:N0} documents) into fresh SQLite stores, alternately with `Ingestion:DetectWireCopies` off and on. ");
        text.AppendLine("MinHash: 100 hash functions over character 5-grams of the title and cleaned text (letters and digits, lower-cased), 20 LSH bands of 5; copies when the estimated Jaccard similarity is at least 0.5 (0.8 when either text has under 150 distinct 5-grams), their numbers agree (one's are the other's, up to a tenth of all in long texts) and the titles' character bigrams overlap (Dice) at least 0.25; texts under 40 distinct 5-grams are not clustered.");
        text.AppendLine();
        text.AppendLine("## Ingest time");
        text.AppendLine();
        text.AppendLine("| round | detection off | detection on | added |");
        text.AppendLine("|---|---|---|---|");
        foreach (var round in report.Timings.GroupBy(t => t.Round))
        {
            var off = round.Single(t => !t.Detect).Time;
            var on = round.Single(t => t.Detect).Time;
            text.AppendLine(inv, $"| {round.Key} | {off.TotalSeconds:F1} s | {on.TotalSeconds:F1} s | {(on - off).TotalSeconds:+0.0;-0.0} s ({(on.TotalSeconds / off.TotalSeconds) - 1:+0.0%;-0.0%}) |");
        }

        var offTotal = report.Timings.Where(t => !t.Detect).Sum(t => t.Time.TotalSeconds);
        var onTotal = report.Timings.Where(t => t.Detect).Sum(t => t.Time.TotalSeconds);
        text.AppendLine(inv, $"| all | {offTotal:F1} s | {onTotal:F1} s | {onTotal - offTotal:+0.0;-0.0} s ({(onTotal / offTotal) - 1:+0.0%;-0.0%}) |");
        text.AppendLine();
        text.AppendLine("## Clusters");
        text.AppendLine();
        var clustered = report.Clusters.Sum(c => c.Members.Count);
        text.AppendLine(inv, $"- {report.Clusters.Count:N0} clusters of two or more documents, holding {clustered:N0} of the {report.Documents:N0} documents ({(double)clustered / report.Documents:P1}); {report.Documents - clustered + report.Clusters.Count:N0} clusters in all.");
        text.AppendLine(inv, $"- {report.Clusters.Count(c => c.Outlets > 1):N0} of them join more than one outlet; the largest holds {report.Clusters.Max(c => c.Members.Count)} documents.");
        text.AppendLine(inv, $"- Sizes: {string.Join(", ", report.Clusters.GroupBy(c => Bucket(c.Members.Count)).OrderBy(g => g.Min(c => c.Members.Count)).Select(g => $"{g.Key}: {g.Count():N0}"))}.");
        text.AppendLine(inv, $"- KorQuAD 1.0 dev (no copies): {report.KorQuadClusters} clusters of two or more among its {report.KorQuadDocuments} paragraphs.");
        text.AppendLine();
        text.AppendLine(inv, $"## Sample of {report.Sample.Count} clusters (every {Math.Max(1, report.Clusters.Count / Math.Max(1, report.Sample.Count))}th by cluster id)");
        text.AppendLine();
        text.AppendLine("Titles and the first 90 characters of each item's lede (internal data: ktitan items are for internal tests only).");
        var n = 0;
        foreach (var cluster in report.Sample)
        {
            text.AppendLine();
            text.AppendLine(inv, $"{++n}. cluster `{cluster.ClusterId[..Math.Min(12, cluster.ClusterId.Length)]}`, {cluster.Members.Count} documents, {cluster.Outlets} outlet(s)");
            foreach (var member in cluster.Members)
            {
                text.AppendLine(inv, $"   - {member.Source ?? "?"}, {member.Published?.ToString("yyyy-MM-dd", inv) ?? "undated"}: **{Clean(member.Title, 80)}** — {Clean(member.Lede, 90)}");
            }
        }

        var path = Path.Combine(resultsDirectory, $"clusters-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Bucket(int size) => size switch
    {
        2 => "2",
        3 => "3",
        <= 5 => "4–5",
        <= 10 => "6–10",
        _ => "over 10",
    };

    private static string Clean(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "/", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        return flat.Length <= length ? flat : flat[..length] + "…";
    }
}
