using System.Text.Json;

namespace DiploAssistant.Cli.Tests;

/// <summary>Runs <c>diplo</c> in-process against a store of its own, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        StoreDirectory = Path.Combine(Path.GetTempPath(), "diplo-cli-tests", Guid.NewGuid().ToString("N"));
    }

    public string StoreDirectory { get; }

    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "data");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] withStore = [.. args, "--store", StoreDirectory];
        var code = await CliApplication.RunAsync(withStore, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public async Task<JsonElement> AskJsonAsync(string question)
    {
        var (code, output, error) = await RunAsync("ask", question, "--json");
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(StoreDirectory))
        {
            Directory.Delete(StoreDirectory, recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiploAssistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DiploAssistant.sln not found above the test directory.");
    }
}
