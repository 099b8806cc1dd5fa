using System.Text;

namespace DiploAssistant.Core.Clusters;

/// <summary>
/// The text wire copies are compared on: letters and digits only, lower-cased, so that reflowed lines, changed
/// punctuation, quotes and spacing do not make a reprint look different.
/// </summary>
public static class WireCopyText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
}
