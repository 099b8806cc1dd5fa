namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops menus and link lists: a paragraph made mostly of short label lines, or a run of one-label paragraphs.</summary>
internal sealed class NavigationListRule : ICleaningRule
{
    private const int MinimumListLines = 4;
    private const int MinimumLabelRun = 5;

    public void Apply(ScrapedPage page)
    {
        var paragraphs = page.Kept.Where(l => l.Kind != LineKind.RelatedHeading).GroupBy(l => l.Paragraph).Select(g => g.ToList()).ToList();
        foreach (var lines in paragraphs)
        {
            var labels = lines.Count(l => LineShape.IsShortLabel(l.Text));
            if (lines.Count >= MinimumListLines && labels >= lines.Count * 0.7)
            {
                lines.ForEach(l => l.Drop("navigation list"));
            }
        }

        // Menus rendered one item per paragraph: many consecutive single short labels.
        var run = new List<PageLine>();
        foreach (var lines in paragraphs)
        {
            if (lines.Count == 1 && lines[0].IsKept && LineShape.IsShortLabel(lines[0].Text) && LineShape.CountTokens(lines[0].Text) <= 3)
            {
                run.Add(lines[0]);
                continue;
            }

            DropRun(run);
        }

        DropRun(run);
    }

    private static void DropRun(List<PageLine> run)
    {
        if (run.Count >= MinimumLabelRun)
        {
            run.ForEach(l => l.Drop("navigation items"));
        }

        run.Clear();
    }
}
