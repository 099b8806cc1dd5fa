using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Strips dateline/byline prefixes ("[서울=뉴시스] 유자비 기자 = …", "(CNN) …") from sentences and drops "By …" lines, keeping outlet, agency and author as facts.</summary>
internal sealed partial class BylineRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        foreach (var line in page.Kept)
        {
            var dateline = KoreanDateline().Match(line.Text);
            if (dateline.Success)
            {
                page.Facts.DatelineOutlet ??= dateline.Groups["outlet"].Value.Trim();
                if (dateline.Groups["name"].Success)
                {
                    page.Facts.Byline ??= dateline.Groups["name"].Value.Trim();
                }

                line.Text = line.Text[dateline.Length..].Trim();
                if (line.Text.Length == 0)
                {
                    line.Drop("byline");
                }

                continue;
            }

            var by = ByLine().Match(line.Text);
            if (by.Success && LineShape.CountTokens(line.Text) <= 8)
            {
                var who = by.Groups["who"].Value.Trim();
                if (WireAgency().IsMatch(who))
                {
                    page.Facts.Agency ??= who;
                }
                else
                {
                    page.Facts.Byline ??= who;
                }

                line.Drop("byline");
                continue;
            }

            var prefix = ParenthesizedDateline().Match(line.Text);
            if (prefix.Success)
            {
                page.Facts.DatelineOutlet ??= prefix.Groups["outlet"].Value.Trim();
                line.Text = line.Text[prefix.Length..].Trim();
            }
        }
    }

    [GeneratedRegex(@"^\[(?<place>[^\]=\[]{1,20})=(?<outlet>[^\]\[]{1,20})\]\s*(?:(?<name>[^=\[\]]{1,30}?)\s*=\s*)?")]
    private static partial Regex KoreanDateline();

    [GeneratedRegex(@"^By\s+(?<who>[A-Z][\w.\-' ]{1,60}?)\s*(?:,.*|\|.*)?$")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^\((?<outlet>[A-Z][A-Za-z .]{1,25})\)\s+(?=[A-Z""“])")]
    private static partial Regex ParenthesizedDateline();

    [GeneratedRegex(@"^(?:Yonhap|AP|Associated Press|Reuters|AFP|Agence France-Presse|Xinhua|Kyodo|Bloomberg|dpa|EFE|ANSA|TASS|UPI|PA|연합뉴스|뉴스1|뉴시스)(?:\s+News(?:\s+Agency)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WireAgency();
}
