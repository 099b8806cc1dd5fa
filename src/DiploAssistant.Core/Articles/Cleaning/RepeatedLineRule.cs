using System.Text;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Drops repetition: short labels that recur on the page (buttons, "AI에 의해 보고됨") in every occurrence, longer lines (the headline repeated at the bottom) after their first, and lines known to recur across pages of the same input.</summary>
internal sealed class RepeatedLineRule : ICleaningRule
{
    public void Apply(ScrapedPage page)
    {
        var counts = page.Kept.GroupBy(l => Key(l.Text)).ToDictionary(g => g.Key, g => g.Count());
        var labels = counts.Where(c => c.Value >= 2).Select(c => c.Key).Where(IsLabelKey).ToList();
        var seen = new HashSet<string>();
        foreach (var line in page.Kept)
        {
            var key = Key(line.Text);
            if (page.SharedBoilerplate.Contains(key))
            {
                line.Drop("recurs across pages");
            }
            else if (counts[key] >= 2 && IsLabelKey(key))
            {
                line.Drop("repeated label");
            }
            else if (!seen.Add(key))
            {
                line.Drop("repeated line");
            }
            else if (labels.Count > 0 && IsMadeOfLabels(key, labels))
            {
                line.Drop("repeated labels");
            }
        }
    }

    /// <summary>Comparison form of a line: letters and digits only, lower case.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsLabelKey(string key) => key.Length is > 0 and <= 16;

    private static bool IsMadeOfLabels(string key, List<string> labels)
    {
        var rest = key;
        foreach (var label in labels.OrderByDescending(l => l.Length))
        {
            rest = rest.Replace(label, string.Empty, StringComparison.Ordinal);
        }

        return rest.Length == 0;
    }
}
