using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo ingest PATH|URL... [--store DIR] [--source NAME] [--json]</c>.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), .jsonl dumps or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var store = CommonOptions.Store();
        var source = new Option<string?>("--source") { Description = "Outlet name to record for these articles." };
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Load articles into the store.") { inputs, store, source, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CoreServices.Create(result.GetValue(store));
            var ingestion = services.GetRequiredService<IIngestionService>();
            var paths = result.GetValue(inputs) ?? [];
            var asJson = result.GetValue(json);
            var report = await IngestProgressDisplay.RunAsync(
                console,
                showBar: console.IsInteractive && !asJson,
                progress => ingestion.IngestAsync(paths, result.GetValue(source), progress, cancellationToken)).ConfigureAwait(false);
            await IngestReportWriter.WriteAsync(console.Out, report, asJson).ConfigureAwait(false);
            return report.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }
}
