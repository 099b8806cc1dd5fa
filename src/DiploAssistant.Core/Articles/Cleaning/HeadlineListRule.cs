using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops sidebar headline tables: rows that start with a number and/or end with a date ("52446 권성동 … new 랭크뉴스 2025.06.26"), and the column-label row above them.</summary>
internal sealed partial class HeadlineListRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var kept = page.Kept.ToList();
        var i = 0;
        while (i < kept.Count)
        {
            if (!IsRow(kept[i].Text))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < kept.Count && IsRow(kept[end + 1].Text))
            {
                end++;
            }

            var runLength = end - i + 1;
            if (runLength >= 2 || NumberedRow().IsMatch(kept[i].Text))
            {
                for (var k = i; k <= end; k++)
                {
                    kept[k].Drop("headline list row");
                }

                if (runLength >= 2 && i > 0 && LineShape.IsShortLabel(kept[i - 1].Text))
                {
                    kept[i - 1].Drop("headline list header");
                }
            }

            i = end + 1;
        }
    }

    private static bool IsRow(string text) => NumberedRow().IsMatch(text) || DatedRow().IsMatch(text);

    [GeneratedRegex(@"^\d{2,}\s+\S.*\s(?:(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}\.?|\d{1,2}[./\-]\d{1,2}|\d{1,2}:\d{2})$")]
    private static partial Regex NumberedRow();

    [GeneratedRegex(@"^[^.!?]{4,}\s(?:(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}\.?)$")]
    private static partial Regex DatedRow();
}
