namespace DiploAssistant.Bench;

/// <summary>Finds the shared data folder: <c>DIPLO_SHARED_DATA</c>, else <c>../shared/data</c> beside the repository root (the folder holding DiploAssistant.sln).</summary>
internal static class SharedDataLocator
{
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("DIPLO_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var root = FindRepositoryRoot();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
    }

    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DiploAssistant.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (the folder holding DiploAssistant.sln); run from inside the repository.");
    }
}
