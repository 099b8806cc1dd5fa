using System.Text.RegularExpressions;
using DiploAssistant.Core.Articles.Metadata;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops date stamps ("기사등록 2026/02/11 12:00:00", "Published : Jun 24, 2021 - 20:56", a bare "2025.06.26") and records them as facts.</summary>
/// <remarks>Only labelled lines, or bare dates above the story, count as the page's date: dates inside list rows belong to other stories.</remarks>
internal sealed partial class DateLineRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var firstProse = page.Lines.ToList().FindIndex(l => l.IsKept && LineShape.IsProse(l.Text));
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            if (!line.IsKept || !LineShape.ContainsDate(line.Text))
            {
                continue;
            }

            if (Registration().IsMatch(line.Text))
            {
                // A publisher's registration date is not the story's date.
                continue;
            }

            var label = Label().Match(line.Text);
            var rest = Remainder(line.Text);
            if (label.Success && LineShape.CountTokens(rest) <= 3)
            {
                Record(page, line.Text, !ModifiedLabel().IsMatch(label.Value));
                line.Drop("date line");
            }
            else if (!label.Success && rest.Length == 0)
            {
                if (firstProse < 0 || i < firstProse)
                {
                    Record(page, line.Text, isPublication: true);
                }

                line.Drop("bare date");
            }
        }
    }

    private static void Record(ScrapedPage page, string text, bool isPublication)
    {
        if (DateText.Find(text) is { } date)
        {
            page.Facts.LabelledDates.Add((date, isPublication));
        }
    }

    private static string Remainder(string text)
    {
        var rest = Label().Replace(text, " ");
        rest = LineShape.DatePattern().Replace(rest, " ");
        rest = Clock().Replace(rest, " ");
        return Noise().Replace(rest, " ").Trim();
    }

    [GeneratedRegex(@"기사\s*등록|입력|등록|게재|발행|작성|최초\s*수정|최종\s*수정|수정|업데이트|\b(?:published|posted|updated|modified|last\s+updated|date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"registration|등록\s*번호|등록일", RegexOptions.IgnoreCase)]
    private static partial Regex Registration();

    [GeneratedRegex(@"수정|업데이트|updated|modified", RegexOptions.IgnoreCase)]
    private static partial Regex ModifiedLabel();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:KST|GMT|UTC|ET|EST|EDT)\b|\bT\d{2}:\d{2}\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"[\s:：|\-–—,.·]+")]
    private static partial Regex Noise();
}
