using System.Globalization;
using System.Text;

namespace DiploAssistant.Bench.Crash;

/// <summary>Writes a crash run as bench/results/crash-DATE.md.</summary>
internal static class CrashResultsMarkdown
{
    public static string Write(IReadOnlyList<CrashRunReport> reports, CrashBenchArguments options, Stores.ICrashStore store, DateTimeOffset now)
    {
        var text = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        text.AppendLine(i, $"# Crash safety ({store.Name}): SIGKILL during ingestion and during an upload ({now:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        var items = options.Items > 0 ? $"the first {options.Items:N0} items of `{Path.GetFileName(options.Input)}`" : $"`{Path.GetFileName(options.Input)}`";
        text.AppendLine(i, $"Store: {store.Name}. Input: {items}; the new version changes every {options.Every}th article (title and body).");
        text.AppendLine(i, $"Seed {options.Seed}; {options.Kills} kills per ingest phase, {options.ServerKills} per server phase. Command: `bench/crash/run` (see bench/README.md).");
        text.AppendLine();
        text.AppendLine(i, $"After every kill the store was checked: {store.CheckDescription}; and every document's fingerprint (row, chunks, vectors) equals");
        text.AppendLine("its old or its new version from a store loaded without interruption. The same load was then run to the end and compared whole.");
        foreach (var note in store.Notes)
        {
            text.AppendLine(i, $"Note: {note}.");
        }

        text.AppendLine("Durations depend on the machine's load (2 cores, shared with other work here); they are not a speed measurement.");
        foreach (var report in reports)
        {
            text.AppendLine();
            text.AppendLine(i, $"## {report.Name}: {(report.Passed ? "passed" : "FAILED")}");
            text.AppendLine();
            text.AppendLine(i, $"{report.ExpectedDocuments:N0} documents, {report.ChangedDocuments:N0} changed in the new version; {report.Kills.Count} kills; {report.Seconds:F0} s in all.");
            text.AppendLine();
            text.AppendLine("| phase | killed after (items) | documents after the kill | old version | new version | problems | check (s) |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var kill in report.Kills)
            {
                text.AppendLine(i, $"| {kill.Phase} | {kill.KilledAfterItems:N0} | {kill.Documents:N0} | {kill.OldVersions:N0} | {kill.NewVersions:N0} | {kill.Problems.Count} | {kill.CheckSeconds:F1} |");
            }

            foreach (var failure in report.Failures)
            {
                text.AppendLine(i, $"- FAIL: {failure}");
            }
        }

        return text.ToString();
    }
}
