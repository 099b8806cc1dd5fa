namespace DiploAssistant.Cli.Output;

/// <summary>Runs every question of a <c>--questions</c> file in this one process, printing one JSON line each.</summary>
internal static class BatchRunner
{
    public static async Task<int> RunAsync(CliConsole console, FileInfo file, Func<BatchQuestion, Task<string>> run)
    {
        if (!file.Exists)
        {
            throw new UsageException($"--questions: {file.FullName} was not found.");
        }

        var failures = 0;
        foreach (var question in BatchQuestion.ReadAll(file, (line, reason) =>
                 {
                     failures++;
                     console.Error.WriteLine($"{file.Name}:{line}: skipped ({reason})");
                 }))
        {
            await console.Out.WriteLineAsync(await run(question).ConfigureAwait(false)).ConfigureAwait(false);
        }

        return failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
