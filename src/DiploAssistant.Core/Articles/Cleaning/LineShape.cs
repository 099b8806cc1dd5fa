using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Articles.Cleaning;

/// <summary>Shape tests on one line of scraped text: the vocabulary every cleaning rule is written in.</summary>
internal static partial class LineShape
{
    public static int CountTokens(string line)
    {
        var count = 0;
        var inToken = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inToken = false;
            }
            else if (!inToken)
            {
                inToken = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsLikeSentence(string line) => SentenceEnd().IsMatch(line);

    /// <summary>Running text: a sentence of some length, or a long line even when its final period was lost.</summary>
    public static bool IsProse(string line)
    {
        var tokens = CountTokens(line);
        return (tokens >= 5 && EndsLikeSentence(line)) || tokens >= 14;
    }

    /// <summary>A short line that is not a sentence: menu items, labels, headings, buttons.</summary>
    public static bool IsShortLabel(string line) =>
        !EndsLikeSentence(line) && CountTokens(line) <= 6 && line.Length <= 60;

    /// <summary>Could be a headline: several words, not a finished sentence, not a date stamp.</summary>
    public static bool IsHeadlineShaped(string line)
    {
        var tokens = CountTokens(line);
        return tokens >= 3 && tokens <= 30 && line.Length >= 10 && line.Length <= 200
            && !line.EndsWith('.') && !ContainsDate(line) && !line.Contains('@');
    }

    public static bool ContainsDate(string line) => DatePattern().IsMatch(line);

    public static bool ContainsEmail(string line) => Email().IsMatch(line);

    [GeneratedRegex(@"[.!?。…](?:[""'”’)\]」』]*)$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[./\-년]\s*\d{1,2}\s*[./\-월]\s*\d{1,2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*(?:19|20)\d{2}", RegexOptions.IgnoreCase)]
    public static partial Regex DatePattern();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\[email\s*protected\]", RegexOptions.IgnoreCase)]
    public static partial Regex Email();
}
