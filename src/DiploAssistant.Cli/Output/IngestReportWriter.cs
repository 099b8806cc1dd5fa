using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Cli.Output;

/// <summary>Prints an ingestion summary: counts, then every failure with its reason (or the whole report as JSON).</summary>
internal static class IngestReportWriter
{
    public static async Task WriteAsync(TextWriter output, IngestionReport report, bool asJson)
    {
        if (asJson)
        {
            await output.WriteLineAsync(CliJson.Serialize(new
            {
                added = report.Added,
                updated = report.Updated,
                unchanged = report.Unchanged,
                failed = report.Failed,
                items = report.Items,
            })).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync($"added {report.Added}, updated {report.Updated}, unchanged {report.Unchanged}, failed {report.Failed}").ConfigureAwait(false);
        foreach (var failure in report.Items.Where(i => i.Status == IngestionStatus.Failed))
        {
            await output.WriteLineAsync($"  failed {failure.Uri}: {failure.Reason}").ConfigureAwait(false);
        }
    }
}
