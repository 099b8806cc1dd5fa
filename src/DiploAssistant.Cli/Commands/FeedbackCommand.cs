using System.CommandLine;
using System.Globalization;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary>
/// <c>diplo feedback [--json] [--since DATE] [--reaction like|dislike] [--as-questions]</c>: the likes and dislikes chat users
/// gave answers, with the question, answer and citations they rate; <c>--as-questions</c> prints the liked ones as a
/// <c>diplo eval</c> question set (JSONL on stdout) and lists the disliked ones for review on stderr.
/// </summary>
internal static class FeedbackCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var since = CommonOptions.Since();
        var reaction = new Option<string?>("--reaction") { Description = "Only this reaction." };
        reaction.AcceptOnlyFromAmong(FeedbackReactions.Like, FeedbackReactions.Dislike);
        var asQuestions = new Option<bool>("--as-questions")
        {
            Description = "Print liked answers as `diplo eval` questions (JSONL, cited documents as documentIds); disliked ones go to stderr for review.",
        };
        var command = new Command("feedback", "List the feedback chat users gave answers, or turn it into a question set.")
        {
            store, json, since, reaction, asQuestions,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var query = new FeedbackQuery(
                result.GetValue(since) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                result.GetValue(reaction));
            await using var services = CoreServices.Create(result.GetValue(store));
            var entries = await services.GetRequiredService<IFeedbackStore>().ListAsync(query, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(asQuestions))
            {
                await FeedbackWriter.WriteQuestionsAsync(console, entries).ConfigureAwait(false);
            }
            else if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(entries.Select(FeedbackWriter.Json))).ConfigureAwait(false);
            }
            else
            {
                await FeedbackWriter.WriteTextAsync(console, entries).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
