using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops photo captions and credits: "… 악수하고 있다. / 대통령실", "… 진행하고 있다. 로이터연합뉴스", "(123rf)", image markers such as "AI에 의해 생성된 이미지" with the alt text just above them.</summary>
internal sealed partial class CaptionRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsKept)
            {
                continue;
            }

            if (IsImageMarker(line.Text))
            {
                line.Drop("image marker");
                var previous = i > 0 ? lines[i - 1] : null;
                if (previous is { IsKept: true } && previous.Paragraph == line.Paragraph)
                {
                    previous.Drop("image description");
                }
            }
            else if (GalleryCaption().IsMatch(line.Text) || SlashCredit().IsMatch(line.Text) || IsSentenceWithCreditTail(line.Text) || BracketedCredit().IsMatch(line.Text))
            {
                line.Drop("caption");
            }
        }
    }

    private static bool IsImageMarker(string text) =>
        !LineShape.EndsLikeSentence(text) && LineShape.CountTokens(text) <= 8 && ImageWord().IsMatch(text);

    private static bool IsSentenceWithCreditTail(string text)
    {
        var match = CreditTail().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var tail = match.Groups["tail"].Value;
        var hangulAgency = tail.Length <= 10 && tail.All(HangulText.IsSyllable) && match.Groups["before"].Value is [.., var last] && HangulText.IsSyllable(last);
        return hangulAgency || CreditWord().IsMatch(tail);
    }

    [GeneratedRegex(@"(?:이미지|사진|그래픽|일러스트|\bimages?\b|\bphotos?\b|\billustration\b|\bgraphic\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageWord();

    // Slide-show captions can be very long, so they are recognised by their controls, not their length.
    [GeneratedRegex(@"hide\s+caption\s+\d+\s+of\s+\d+|^photos?:\s", RegexOptions.IgnoreCase)]
    private static partial Regex GalleryCaption();

    [GeneratedRegex(@"[.!?]\s*/\s*[^/.!?]{1,25}$")]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"(?<before>\S)[.!?][""”’']?\s+(?<tail>[^\s.!?\d]{2,20}(?:\s[^\s.!?\d]{2,20})?)$")]
    private static partial Regex CreditTail();

    [GeneratedRegex(@"\b(?:AP|AFP|Reuters|Getty|Images|EPA|Yonhap|Xinhua|Bloomberg|Photo|Pool|Shutterstock|Kyodo|File)\b|연합뉴스|뉴스1|뉴시스|제공|사진")]
    private static partial Regex CreditWord();

    [GeneratedRegex(@"^[(\[][^()\[\]]{1,30}[)\]]$")]
    private static partial Regex BracketedCredit();
}
