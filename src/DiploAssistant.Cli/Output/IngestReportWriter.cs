using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Cli.Output;

/// <summary>Prints an ingestion summary: counts, then once each failure, skipped file and document stored beside another, with its reason (or the whole report as JSON).</summary>
internal static class IngestReportWriter
{
    public static async Task WriteAsync(TextWriter output, IngestionReport report, bool asJson)
    {
        if (asJson)
        {
            await output.WriteLineAsync(CliJson.Serialize(new
            {
                added = report.Added,
                addedAsNew = report.AddedAsNew,
                updated = report.Updated,
                unchanged = report.Unchanged,
                failed = report.Failed,
                skipped = report.Skipped,
                items = report.Items,
            })).ConfigureAwait(false);
            return;
        }

        var beside = report.AddedAsNew > 0 ? $" ({report.AddedAsNew} beside another of the same name)" : "";
        var skipped = report.Skipped > 0 ? $", skipped {report.Skipped}" : "";
        await output.WriteLineAsync($"added {report.Added}{beside}, updated {report.Updated}, unchanged {report.Unchanged}, failed {report.Failed}{skipped}").ConfigureAwait(false);
        foreach (var item in report.Items.Where(i => i.Status is IngestionStatus.Failed or IngestionStatus.Skipped or IngestionStatus.AddedAsNew))
        {
            var label = item.Status switch
            {
                IngestionStatus.Failed => "failed",
                IngestionStatus.Skipped => "skipped",
                _ => "added as new",
            };
            await output.WriteLineAsync($"  {label} {item.Uri}: {item.Reason}").ConfigureAwait(false);
        }
    }
}
