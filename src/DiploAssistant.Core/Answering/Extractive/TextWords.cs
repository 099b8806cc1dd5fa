using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>Finds the Hangul and Latin words of a text (digits and punctuation are skipped).</summary>
internal static partial class TextWords
{
    public static IReadOnlyList<TextWord> Find(string text) =>
        WordPattern().Matches(text)
            .Select(m => new TextWord(NormalizeLatin(m.Value), m.Index, m.Index + m.Length, HangulText.IsSyllable(m.Value[0])))
            .ToList();

    /// <summary>True when only spaces (or a hyphen or middle dot) separate two words: they may form one name.</summary>
    public static bool Adjacent(string text, TextWord first, TextWord second) =>
        text.AsSpan(first.End, second.Index - first.End).Trim().Length == 0;

    /// <summary>Lower case without a possessive: "Japan's" → "japan".</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    private static string NormalizeLatin(string word) => word.TrimEnd('\'', '’');

    [GeneratedRegex("[" + HangulText.Syllables + @"]+|[A-Za-z]+(?:[.'’-][A-Za-z]+)*['’]?")]
    private static partial Regex WordPattern();
}
