namespace DiploAssistant.Server.Tests.Web;

/// <summary>Finds what the browser and Node tests need, failing with the fix (never skipping) when it is missing.</summary>
internal static class WebTestPrerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string Fix = "Run scripts/install-web.sh (CI does) to install botframework-directlinejs and chromium (the Web Chat bundle is committed: scripts/webchat/update.sh restores it).";

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DiploAssistant.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (DiploAssistant.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string NodeClientFolder => Path.Combine(RepositoryRoot, "tests", "DiploAssistant.Server.Tests", "node");

    public static string RequireNode()
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
        Assert.True(node is not null, "node was not found on PATH. " + Fix);
        Assert.True(Directory.Exists(Path.Combine(NodeClientFolder, "node_modules", "botframework-directlinejs")),
            "botframework-directlinejs is not installed in " + NodeClientFolder + ". " + Fix);
        return node!;
    }

    public static void RequireBrowser()
    {
        Assert.True(File.Exists(ChromiumPath), ChromiumPath + " is missing. " + Fix);
        var bundle = Path.Combine(RepositoryRoot, "src", "DiploAssistant.Web", "wwwroot", "lib", "webchat.js");
        Assert.True(File.Exists(bundle), bundle + " is missing. " + Fix);
    }
}
