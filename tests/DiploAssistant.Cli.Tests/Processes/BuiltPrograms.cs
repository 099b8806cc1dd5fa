namespace DiploAssistant.Cli.Tests.Processes;

/// <summary>Where the built programs are: diplo next to the tests, the server in its own output folder (same configuration).</summary>
internal static class BuiltPrograms
{
    public static string Diplo => Path.Combine(AppContext.BaseDirectory, "diplo.dll");

    public static string Server
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var path = Path.Combine(CliRun.RepositoryRoot, "src", "DiploAssistant.Server", "bin", configuration, framework.Name, "DiploAssistant.Server.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the server first (it is built with this test project).", path);
        }
    }
}
