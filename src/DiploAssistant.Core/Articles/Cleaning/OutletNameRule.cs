using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Notices the outlet's name below the story: a standalone name line ("조선비즈", "경향신문") or a footer credit ("The Korea Herald by Herald Corporation").</summary>
/// <remarks>Only records facts; it looks at dropped lines too, since the name usually sits in the chrome below the story.</remarks>
internal sealed partial class OutletNameRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var lines = page.Lines;
        var lastProse = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsKept && LineShape.IsProse(lines[i].Text))
            {
                lastProse = i;
            }
        }

        if (lastProse < 0 || lastProse + 1 >= lines.Count)
        {
            return;
        }

        var next = lines[lastProse + 1];
        var standalone = lines.Count(l => l.Paragraph == next.Paragraph) == 1;
        if (standalone && (KoreanOutlet().IsMatch(next.Text) || EnglishOutlet().IsMatch(next.Text)))
        {
            page.Facts.TrailingOutlet ??= next.Text;
            return;
        }

        for (var i = lastProse + 1; i < lines.Count; i++)
        {
            var text = lines[i].Text;

            var credit = CorporateCredit().Match(text);
            if (credit.Success && LineShape.CountTokens(credit.Groups["name"].Value) <= 5)
            {
                page.Facts.TrailingOutlet ??= credit.Groups["name"].Value.Trim();
                return;
            }
        }
    }

    [GeneratedRegex(@"^(?:[" + HangulText.Syllables + @"A-Za-z0-9]{1,10}(?:신문|일보|뉴스|비즈|경제|방송|타임스|투데이|헤럴드|포스트|저널|통신|데일리|미디어|프레스|TV)|뉴스1|뉴시스)$")]
    private static partial Regex KoreanOutlet();

    [GeneratedRegex(@"^(?:The\s+)?(?:[A-Z][A-Za-z&.]+\s+){0,3}(?:Herald|Times|Post|Journal|News|Daily|Tribune|Telegraph|Guardian|Gazette|Observer|Chronicle|Independent|Economist|Today|TODAY|Press|Standard|Monitor|Diplomat|Week)$")]
    private static partial Regex EnglishOutlet();

    [GeneratedRegex(@"^(?<name>(?:The\s+)?[A-Z][\w&.' ]{2,40}?)\s+by\s+[A-Z][\w&.' ]*(?:Corporation|Corp\.?|Inc\.?|Co\.?|Group|Media|Company|Ltd\.?)\s*$")]
    private static partial Regex CorporateCredit();
}
