using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops reporter contact and credit lines: a line that ends with an e-mail address, or starts like "Contact …"/"Reach …"/"◎…" and carries one.</summary>
internal sealed partial class ContactLineRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        foreach (var line in page.Kept)
        {
            if (!LineShape.ContainsEmail(line.Text) || LineShape.CountTokens(line.Text) > 60)
            {
                continue;
            }

            if (EndsWithEmail().IsMatch(line.Text) || ContactStart().IsMatch(line.Text) || !LineShape.IsProse(line.Text))
            {
                line.Drop("contact or credit");
            }
        }
    }

    [GeneratedRegex(@"(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\[email\s*protected\])[\s.)\]]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithEmail();

    [GeneratedRegex(@"^(?:contact|reach|email|e-mail|write to|follow|문의|제보|◎|ⓒ|©)", RegexOptions.IgnoreCase)]
    private static partial Regex ContactStart();
}
