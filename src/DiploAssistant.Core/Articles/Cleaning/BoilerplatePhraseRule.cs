using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops site chrome recognised by what it says rather than where it is: cookie banners, sign-up prompts, copyright and legal footers, skip links, gallery controls.</summary>
internal sealed partial class BoilerplatePhraseRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        foreach (var line in page.Kept)
        {
            var tokens = LineShape.CountTokens(line.Text);
            if (tokens <= 60 && (CookieConsent().IsMatch(line.Text) || Promotion().IsMatch(line.Text) || Chrome().IsMatch(line.Text)))
            {
                line.Drop("boilerplate phrase");
            }
            else if (!LineShape.IsProse(line.Text) && Footer().IsMatch(line.Text))
            {
                line.Drop("footer");
            }
        }
    }

    [GeneratedRegex(@"(?:this\s+(?:web)?site|we\s+use|our\s+(?:web)?site|웹사이트|사이트).{0,80}(?:cookies?|쿠키)|(?:cookies?|쿠키).{0,60}(?:policy|settings|preferences|consent|accept|정책|동의|허용|거부|설정)", RegexOptions.IgnoreCase)]
    private static partial Regex CookieConsent();

    [GeneratedRegex(@"newsletter|뉴스레터|sign\s*up\s+(?:here|now|today|for\s+(?:our|the|free|cnn|usa))|\bsubscrib(?:e\s+(?:here|now|today|to\s+(?:our|the))|ing\s+today|ing:)|\bdigital\s+subscriber|become\s+a\s+subscriber|support\s+(?:strong\s+local|our|quality)\s+journalism|all\s+rights\s+reserved|무단\s*전재|재배포\s*금지|구독\s*(?:하기|신청)|delivered\s+to\s+your\s+inbox|to\s+your\s+inbox", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"^(?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|메뉴\s*건너뛰기|본문\s*바로\s*가기|advertisement|광고|share\s+this(?:\s+article|\s+story)?|click\s+here.*|read\s+more:?.*)$|hide\s+caption\s+\d+\s+of\s+\d+|^follow\s+(?:us|him|her|them)\b.*\b(?:twitter|facebook|instagram)|©|ⓒ|\(c\)\s*\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"copyright|privacy\s+(?:policy|statement|notice)|terms\s+of\s+(?:use|service)|개인정보|저작권|^(?:address|주소|tel|phone|fax|전화|팩스|e-?mail|publisher|발행인|편집인|등록번호|registration)\b|\b(?:registration\s+no|date\s+of\s+registration|protection\s+manager|청소년\s*보호)\b|\+\d{1,3}[\s\-]?\d{1,4}[\s\-]\d{3,4}[\s\-]\d{4}|\b0\d{1,2}-\d{3,4}-\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();
}
