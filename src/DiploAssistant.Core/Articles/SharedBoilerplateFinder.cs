namespace DiploAssistant.Core.Articles;

/// <summary>Finds lines that recur across many pages of one input (a dump of one site): promos, sign-up lines, section labels.</summary>
internal static class SharedBoilerplateFinder
{
    public static IReadOnlySet<string> Find(IReadOnlyList<string> bodies)
    {
        var counter = new SharedBoilerplateCounter();
        foreach (var body in bodies)
        {
            counter.Add(body);
        }

        return counter.Find();
    }
}
