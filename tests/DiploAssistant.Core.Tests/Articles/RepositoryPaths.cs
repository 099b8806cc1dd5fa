namespace DiploAssistant.Core.Tests.Articles;

/// <summary>Finds the repository (the folder holding DiploAssistant.sln) from the test's base directory, and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DiploAssistant.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("DiploAssistant.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SamplesFolder => Path.Combine(Root, "data");

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Sample(string idPrefix) =>
        Directory.GetFiles(SamplesFolder, idPrefix + "_*.txt").Single();
}
