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
            return await ingest(new InlineProgress<IngestionProgress>(p => console.Error.WriteLine(PlainLine(p.Last)))).ConfigureAwait(false);
        }

        IngestionReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Loading articles").IsIndeterminate();
                report = await ingest(new InlineProgress<IngestionProgress>(p => task.Description = Markup.Escape(
                    $"{p.Processed} items · {p.Last.Status.ToString().ToLowerInvariant()} · {Shorten(p.Last.Title ?? p.Last.Uri)}")))
                    .ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return report!;
    }

    private static string PlainLine(IngestionItem item) =>
        $"{item.Status.ToString().ToLowerInvariant(),-9} {item.DocumentId ?? item.Uri}{(item.Reason is null ? "" : $": {item.Reason}")}";

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
