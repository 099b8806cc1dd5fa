using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Answering.Citations;

/// <summary>The <c>[n]</c> citation markers of answer text (also <c>[1, 2]</c> as a model may write them).</summary>
public static partial class CitationMarkers
{
    /// <summary>Matches one marker; group 1 holds its number list ("1" or "1, 2").</summary>
    [GeneratedRegex(@"\[\s*(\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\s*\]")]
    public static partial Regex Pattern();

    /// <summary>The numbers in one marker's number list.</summary>
    public static IReadOnlyList<int> Numbers(Match marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return marker.Groups[1].Value
            .Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>Every number cited in <paramref name="text"/>, in order of appearance (repeats kept).</summary>
    public static IReadOnlyList<int> NumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Matches(text).SelectMany(Numbers).ToList();
    }

    /// <summary>Article text quoted in an answer must not look like a marker: "[3]" becomes "(3)".</summary>
    public static string Neutralize(string quotedText)
    {
        ArgumentNullException.ThrowIfNull(quotedText);
        return Pattern().Replace(quotedText, m => $"({m.Groups[1].Value})");
    }
}
