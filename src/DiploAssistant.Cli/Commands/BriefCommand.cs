using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Analysis.Briefs;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo brief "NAME" [--json]</c>: the roles the articles give a person and the dated events they record.</summary>
internal static class BriefCommand
{
    private const int AllCitations = int.MaxValue;

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The person, e.g. \"위성락\", \"Kaja Kallas\" or \"who is 위성락?\"." };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var command = new Command("brief", "Brief on a person: roles and dated events from the articles, each cited.") { name, store, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var text = result.GetValue(name);
            if (string.IsNullOrWhiteSpace(text) || BriefQuery.Name(text).Length == 0)
            {
                throw new UsageException("brief needs a name, e.g. diplo brief \"Kaja Kallas\".");
            }

            await using var services = CoreServices.Create(result.GetValue(store));
            var brief = await services.GetRequiredService<EntityBriefService>().BriefAsync(text, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(brief)).ConfigureAwait(false);
            }
            else
            {
                await AnswerWriter.WriteAsync(console.Out, BriefAnswer.From(brief, AllCitations)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
