namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Uses position: above the first paragraph of running text only the headline (and sub-headlines after it) survive; below the last one nothing that is not running text survives; in between, headings need a few words.</summary>
internal sealed class PageEdgeRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var kept = page.Kept.ToList();
        var first = kept.FindIndex(IsBody);
        var last = kept.FindLastIndex(IsBody);
        if (first < 0)
        {
            return;
        }

        var titleFound = false;
        for (var i = 0; i < first; i++)
        {
            var line = kept[i];
            if (!titleFound && LineShape.IsHeadlineShaped(line.Text))
            {
                line.Kind = LineKind.Title;
                titleFound = true;
            }
            else if (titleFound && LineShape.IsHeadlineShaped(line.Text) && LineShape.CountTokens(line.Text) >= 4)
            {
                line.Kind = LineKind.Heading;
            }
            else
            {
                line.Drop("above the story");
            }
        }

        for (var i = first + 1; i < last; i++)
        {
            var line = kept[i];
            if (line.Kind == LineKind.RelatedHeading || IsBody(line))
            {
                continue;
            }

            if (LineShape.CountTokens(line.Text) >= 3 && line.Text.Length >= 8)
            {
                line.Kind = LineKind.Heading;
            }
            else
            {
                line.Drop("short label");
            }
        }

        for (var i = last + 1; i < kept.Count; i++)
        {
            kept[i].Drop("below the story");
        }
    }

    private static bool IsBody(PageLine line) => line.Kind == LineKind.Text && LineShape.IsProse(line.Text);
}
