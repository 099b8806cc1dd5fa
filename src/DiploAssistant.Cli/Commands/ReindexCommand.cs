using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo reindex</c>: re-embeds every stored chunk with the configured embedder (after switching models).</summary>
internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var command = new Command("reindex", "Re-embed every stored chunk with the configured embedder.") { store };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CoreServices.Create(result.GetValue(store));
            var report = await services.GetRequiredService<ReindexService>()
                .ReindexAsync(new InlineProgress<int>(n => console.Error.Write($"\rre-embedded {n} chunks")), cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync().ConfigureAwait(false);
            await console.Out.WriteLineAsync($"re-embedded {report.Chunks} chunks with {report.Embedder} (before: {report.PreviousEmbedder ?? "none"})").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
