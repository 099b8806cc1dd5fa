using System.CommandLine;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo remove ID</c>: deletes a document and its chunks.</summary>
internal static class RemoveCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document id (see diplo list)." };
        var store = CommonOptions.Store();
        var command = new Command("remove", "Remove a document and its chunks from the store.") { id, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CoreServices.Create(result.GetValue(store));
            var documentId = result.GetValue(id)!;
            if (await services.GetRequiredService<IDocumentStore>().RemoveAsync(documentId, cancellationToken).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"removed {documentId}").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await console.Error.WriteLineAsync($"no document with id {documentId}").ConfigureAwait(false);
            return ExitCodes.PartialFailure;
        });
        return command;
    }
}
