namespace DiploAssistant.Bench.Processes;

/// <summary>The built <c>diplo</c> command and server (Release), run as users run them: <c>dotnet diplo.dll …</c>.</summary>
internal sealed record ProductBinaries(string RepositoryRoot, string Cli, string Server)
{
    public static ProductBinaries Locate(string repositoryRoot)
    {
        var cli = Path.Combine(repositoryRoot, "src", "DiploAssistant.Cli", "bin", "Release", "net10.0", "diplo.dll");
        var server = Path.Combine(repositoryRoot, "src", "DiploAssistant.Server", "bin", "Release", "net10.0", "DiploAssistant.Server.dll");
        foreach (var path in new[] { cli, server })
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: build with `dotnet build -c Release bench/DiploAssistant.Bench` first.");
            }
        }

        return new ProductBinaries(repositoryRoot, cli, server);
    }
}
