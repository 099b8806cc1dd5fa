namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Finds the repository root (the folder holding DiploAssistant.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiploAssistant.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiploAssistant.sln above {AppContext.BaseDirectory}.");
    }
}
