namespace DiploAssistant.Web.Hosting;

/// <summary>Finds the repository's <c>data/</c> folder by walking up from the content root to the solution file.</summary>
internal static class SampleDataLocator
{
    public static string? Find(params string?[] startDirectories)
    {
        foreach (var start in startDirectories.Where(d => !string.IsNullOrEmpty(d)))
        {
            for (var directory = new DirectoryInfo(start!); directory is not null; directory = directory.Parent)
            {
                var data = Path.Combine(directory.FullName, "data");
                if (File.Exists(Path.Combine(directory.FullName, "DiploAssistant.sln")) && Directory.Exists(data))
                {
                    return data;
                }
            }
        }

        return null;
    }
}
