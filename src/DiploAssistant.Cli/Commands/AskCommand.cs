using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary>
/// <c>diplo ask "QUESTION" [--conversation ID] [--json] [filters]</c> and the batch form <c>diplo ask --questions FILE.jsonl</c>.
/// With <c>--conversation</c> the question is remembered in the store, so a later follow-up under the same id is understood.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string?>("question") { Description = "The question.", Arity = ArgumentArity.ZeroOrOne };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var questions = CommonOptions.Questions();
        var conversation = new Option<string?>("--conversation")
        {
            Description = "A conversation id: the question is remembered, and a follow-up asked under the same id is read in its light.",
        };
        var filters = new FilterOptions();
        var command = new Command("ask", "Answer a question from the loaded articles, with citations.") { question, store, json, questions, conversation };
        filters.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var batch = result.GetValue(questions);
            var text = result.GetValue(question);
            if (batch is null && string.IsNullOrWhiteSpace(text))
            {
                throw new UsageException("ask needs a question, or --questions FILE.jsonl.");
            }

            await using var services = CoreServices.Create(result.GetValue(store));
            var asker = services.GetRequiredService<IAskService>();
            var defaults = filters.Read(result);
            if (batch is not null)
            {
                return await BatchRunner.RunAsync(console, batch, async q =>
                {
                    var answer = await asker.AskAsync(new AskRequest(q.Question, q.Filters(defaults)), cancellationToken).ConfigureAwait(false);
                    return CliJson.SerializeWithId(q.Id, answer);
                }).ConfigureAwait(false);
            }

            var single = await asker.AskAsync(new AskRequest(text!, defaults, result.GetValue(conversation)), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await console.Out.WriteLineAsync(CliJson.Serialize(single)).ConfigureAwait(false);
            }
            else
            {
                await AnswerWriter.WriteAsync(console.Out, single).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
