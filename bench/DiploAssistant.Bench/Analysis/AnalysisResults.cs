using System.Globalization;
using System.Text;
using DiploAssistant.Bench.Peers;

namespace DiploAssistant.Bench.Analysis;

/// <summary>Writes a run to <c>bench/results/analysis-YYYY-MM-DD.md</c>: one row per timeline and per brief, beside the ask.</summary>
internal static class AnalysisResults
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(string resultsDirectory, AnalysisReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var text = new StringBuilder();
        text.AppendLine("# Timelines and entity briefs on Korean Wikinews");
        text.AppendLine();
        text.AppendLine(Inv, $"{MachineDescription.Describe(now)} ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- analysis`: `diplo ingest` of the 644 Korean Wikinews " +
            $"articles into a fresh SQLite store ({report.IngestTime.TotalSeconds:F1} s), then per topic `diplo timeline \"TOPIC 타임라인\" --json` and per person " +
            "`diplo brief \"who is NAME?\" --json`, each beside `diplo ask` on the same topic or person, all as child processes (times include the process start, " +
            "about the same for each command). An event is checked against the dates of the articles it cites: not after the latest of them, and within the 31 days before it " +
            "(older events are history an article recalls, dated from its words: \"1946년 3월 15일\").");
        text.AppendLine();
        text.AppendLine("| timeline | events | in date order | cited | not after its article | within 31 days before it | time | ask, same topic |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var t in report.Timelines)
        {
            text.AppendLine(Inv, $"| {t.Topic} 타임라인 | {t.Events} | {(t.Ordered ? "yes" : "**no**")} | {t.Cited}/{t.Events} | {t.NotAfterArticle}/{t.Dated} | {t.WithinMonth}/{t.Dated} | {t.Time.TotalMilliseconds:F0} ms | {t.AskTime.TotalMilliseconds:F0} ms |");
        }

        text.AppendLine();
        text.AppendLine("| brief | roles | events | cited | time | ask, same person |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var b in report.Briefs)
        {
            text.AppendLine(Inv, $"| who is {b.Person}? | {b.Roles} | {b.Events} | {b.Cited}/{b.Roles + b.Events} | {b.Time.TotalMilliseconds:F0} ms | {b.AskTime.TotalMilliseconds:F0} ms |");
        }

        var path = Path.Combine(resultsDirectory, $"analysis-{now:yyyy-MM-dd}.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
