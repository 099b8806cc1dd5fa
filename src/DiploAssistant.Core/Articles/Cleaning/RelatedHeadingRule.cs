using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Marks a "related articles" heading (관련 기사, Related stories, More on this…): what follows are separate stories.</summary>
internal sealed partial class RelatedHeadingRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        foreach (var line in page.Kept)
        {
            if (RelatedHeading().IsMatch(line.Text))
            {
                line.Kind = LineKind.RelatedHeading;
            }
        }
    }

    [GeneratedRegex(@"^(?:관련\s*기사|관련\s*뉴스|관련\s*보도|related\s+(?:articles?|stories|story|news|coverage|content|reading)|more\s+on\s+this(?:\s+story)?|see\s+also)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();
}
