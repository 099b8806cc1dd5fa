using DiploAssistant.Core.Ingestion;
using Spectre.Console;

namespace DiploAssistant.Cli.Output;

/// <summary>Shows ingestion progress: a live line on a terminal, one plain line per item on stderr otherwise.</summary>
internal static class IngestProgressDisplay
{
    public static async Task<IngestionReport> RunAsync(
        CliConsole console,
        bool showBar,
        Func<IProgress<IngestionProgress>, Task<IngestionReport>> ingest)
    {
        if (!showBar)
        {
            return await ingest(new InlineProgress<IngestionProgress>(p => console.Error.WriteLine(PlainLine(p)))).ConfigureAwait(false);
        }

        IngestionReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Loading articles").IsIndeterminate();
                report = await ingest(new InlineProgress<IngestionProgress>(p => task.Description = Markup.Escape(
                    $"{p.Processed} items · {StatusName(p.Last.Status)} · {Shorten(p.Last.Title ?? p.Last.Uri)}")))
                    .ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return report!;
    }

    /// <summary>
    /// One line per item, starting with its status (scripts count them); a failed or skipped item's input and reason are
    /// printed once, in the summary, so here it is only its number.
    /// </summary>
    private static string PlainLine(IngestionProgress progress) => progress.Last.Status is IngestionStatus.Failed or IngestionStatus.Skipped
        ? $"{StatusName(progress.Last.Status),-12} item {progress.Processed} (listed in the summary)"
        : $"{StatusName(progress.Last.Status),-12} {progress.Last.DocumentId}";

    private static string StatusName(IngestionStatus status) => status == IngestionStatus.AddedAsNew ? "added as new" : status.ToString().ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
