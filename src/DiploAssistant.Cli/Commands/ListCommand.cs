using System.CommandLine;
using System.Globalization;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo list [--json]</c>: the stored documents.</summary>
internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var command = new Command("list", "List the stored documents.") { store, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CoreServices.Create(result.GetValue(store));
            var documents = await services.GetRequiredService<IDocumentStore>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(documents.Select(d => new
                {
                    documentId = d.Document.Id,
                    title = d.Document.Title,
                    source = d.Document.Source,
                    url = d.Document.Url,
                    uri = d.Document.Uri,
                    published = d.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    language = d.Document.Language,
                    chunks = d.ChunkCount,
                    ingestedAt = d.IngestedAt,
                    clusterId = d.ClusterId ?? d.Document.Id,
                    clusterSize = d.ClusterSize,
                }))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var d in documents)
            {
                var published = d.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "          ";
                await console.Out.WriteLineAsync($"{d.Document.Id}\t{published}\t{d.Document.Source ?? "-"}\t{d.Document.Title}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"{documents.Count} documents").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
