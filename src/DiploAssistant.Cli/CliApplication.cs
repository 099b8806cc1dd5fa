using System.CommandLine;
using System.Data.Common;
using DiploAssistant.Cli.Commands;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Cli;

/// <summary>The <c>diplo</c> command: parses, runs one command, and maps failures to DESIGN.md's exit codes.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var console = new CliConsole(output, error, interactive);
        var root = new RootCommand("DiploAssistant: answers questions about diplomatic activity from loaded news articles, with citations.")
        {
            IngestCommand.Create(console),
            AskCommand.Create(console),
            SearchCommand.Create(console),
            TimelineCommand.Create(console),
            BriefCommand.Create(console),
            ListCommand.Create(console),
            RemoveCommand.Create(console),
            EvalCommand.Create(console),
            FeedbackCommand.Create(console),
            ReindexCommand.Create(console),
            MigrateCommand.Create(console),
            ServeCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'diplo --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is EmbedderMismatchException or TokenizerMismatchException)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (DbException ex)
        {
            // An unreachable or broken database: say so plainly instead of a stack trace; nothing was half-written.
            await error.WriteLineAsync($"The store could not be used: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.PartialFailure;
        }
    }
}
