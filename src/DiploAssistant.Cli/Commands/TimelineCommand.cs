using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Analysis.Timelines;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo timeline "QUERY" [--from DATE] [--to DATE] [--json]</c>: the dated, ordered, cited events of a topic.</summary>
internal static class TimelineCommand
{
    /// <summary>The text form lists every event; only the chat channels need a cap.</summary>
    private const int AllCitations = int.MaxValue;

    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "The topic, e.g. \"한-나토 관계 타임라인\" or \"timeline of Korea–EU meetings in 2025\"." };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this day (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Only events on or before this day (YYYY-MM-DD)." };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var command = new Command("timeline", "List the dated events the articles report on a topic, by day, each cited.") { query, from, to, store, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var text = result.GetValue(query);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new UsageException("timeline needs a topic, e.g. diplo timeline \"한-나토 관계\".");
            }

            var (first, last) = (result.GetValue(from), result.GetValue(to));
            if (first > last)
            {
                throw new UsageException("--from comes after --to.");
            }

            await using var services = CoreServices.Create(result.GetValue(store));
            var timeline = await services.GetRequiredService<TimelineService>().BuildAsync(text, first, last, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(timeline)).ConfigureAwait(false);
            }
            else
            {
                await AnswerWriter.WriteAsync(console.Out, TimelineAnswer.From(timeline, AllCitations)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
