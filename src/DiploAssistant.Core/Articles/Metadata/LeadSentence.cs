using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Articles.Metadata;

/// <summary>A stand-in headline: the first sentence of a text, trimmed at a word boundary.</summary>
internal static partial class LeadSentence
{
    public const int MaxTitleLength = 80;

    public static string Of(string text)
    {
        var paragraph = text.Split('\n', 2)[0].Trim();
        var end = SentenceBoundary().Match(paragraph);
        var sentence = end.Success ? paragraph[..end.Index] : paragraph;
        return Trim(sentence.Trim(), MaxTitleLength);
    }

    public static string Trim(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2)
        {
            cut = maxLength - 1;
        }

        return text[..cut].TrimEnd(' ', ',', ';', ':', '·') + "…";
    }

    // A sentence ends at terminal punctuation after a lower-case letter, Hangul, digit or closing mark, so "S. Korea" and "U.S." do not split.
    [GeneratedRegex(@"(?<=[a-z" + HangulText.Syllables + @"0-9)”""'’][.!?][""”’']?)\s+")]
    private static partial Regex SentenceBoundary();
}
