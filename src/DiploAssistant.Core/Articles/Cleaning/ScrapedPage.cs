namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>A page as lines, plus what has been learned about it; the cleaning rules work on this.</summary>
internal sealed class ScrapedPage(IReadOnlyList<PageLine> lines, IReadOnlySet<string> sharedBoilerplate)
{
    public IReadOnlyList<PageLine> Lines { get; } = lines;

    public PageFacts Facts { get; } = new();

    /// <summary>Lines (normalized) that recur across many pages of the same input: boilerplate of that site.</summary>
    public IReadOnlySet<string> SharedBoilerplate { get; } = sharedBoilerplate;

    public IEnumerable<PageLine> Kept => Lines.Where(l => l.IsKept);
}
