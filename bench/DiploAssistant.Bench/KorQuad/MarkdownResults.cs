using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>
/// Writes a run to <c>bench/results/korquad-YYYY-MM-DD.md</c>: one section per configuration (alone, with distractors),
/// replacing that section when the same configuration is run again the same day.
/// </summary>
internal static class MarkdownResults
{
    public static string Write(string resultsDirectory, KorQuadReport report, DateTimeOffset now)
    {
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, $"korquad-{now:yyyy-MM-dd}.md");
        var heading = report.Distractors ? "## KorQuAD 1.0 dev + distractors" : "## KorQuAD 1.0 dev alone";
        var sections = File.Exists(path) ? ReadSections(File.ReadAllText(path)) : new SortedDictionary<string, string>(StringComparer.Ordinal);
        sections[heading] = Section(heading, report, now);

        var text = new StringBuilder();
        text.AppendLine("# KorQuAD retrieval benchmark");
        text.AppendLine();
        text.AppendLine("Each question must find its paragraph (title + context, one document per paragraph). ");
        text.AppendLine("Every figure is printed beside the baseline measured in the same run. ");
        text.AppendLine("Command: `dotnet run -c Release --project bench/DiploAssistant.Bench -- korquad [--distractors]`.");
        foreach (var section in sections.Values)
        {
            text.AppendLine();
            text.Append(section);
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Section(string heading, KorQuadReport report, DateTimeOffset now)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(heading);
        text.AppendLine();
        text.AppendLine(inv, $"Run {now:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}. ");
        text.AppendLine(inv, $"{report.Documents} documents ({report.Chunks} chunks), {report.Questions} questions. ");
        text.AppendLine(inv, $"Indexing: DiploAssistant store {report.IndexTime.TotalSeconds:F1} s (tokens, FTS5, hashing embeddings); baseline {report.BaselineIndexTime.TotalSeconds:F1} s.");
        text.AppendLine();
        text.AppendLine("| engine | R@1 | R@5 | R@10 | MRR@10 | query loop |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var engine in report.Engines.Prepend(report.Baseline))
        {
            var f = engine.Figures;
            text.AppendLine(inv, $"| {engine.Engine} | {f.RecallAt1:F3} | {f.RecallAt5:F3} | {f.RecallAt10:F3} | {f.MrrAt10:F3} | {engine.QueryTime.TotalSeconds:F1} s |");
        }

        foreach (var engine in report.Engines)
        {
            var f = engine.Figures;
            var b = report.Baseline.Figures;
            text.AppendLine();
            text.AppendLine(inv, $"{engine.Engine} vs baseline: R@1 {f.RecallAt1:F3} / {b.RecallAt1:F3} ({Signed(f.RecallAt1 - b.RecallAt1)}), R@5 {f.RecallAt5:F3} / {b.RecallAt5:F3} ({Signed(f.RecallAt5 - b.RecallAt5)}).");
        }

        return text.ToString();
    }

    private static string Signed(double difference)
    {
        var rounded = Math.Round(difference, 3);
        return (rounded >= 0 ? "+" : "") + rounded.ToString("F3", CultureInfo.InvariantCulture);
    }

    private static SortedDictionary<string, string> ReadSections(string text)
    {
        var sections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? heading = null;
        var body = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (heading is not null)
                {
                    sections[heading] = body.ToString().TrimEnd() + "\n";
                }

                heading = line.TrimEnd();
                body.Clear();
            }

            if (heading is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (heading is not null)
        {
            sections[heading] = body.ToString().TrimEnd() + "\n";
        }

        return sections;
    }
}
