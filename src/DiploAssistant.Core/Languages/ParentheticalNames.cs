using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Languages;

/// <summary>
/// Finds names written with their original in parentheses, as Korean news does on first mention: "카야 칼라스(Kaja
/// Kallas)", "유럽연합(EU)", "뉴욕상업거래소(NYMEX)". As many Hangul words are taken as the original has words (at most
/// <see cref="MaxWords"/>), so "조현 장관은 카야 칼라스(Kaja Kallas)" gives "카야 칼라스", not the whole clause.
/// </summary>
internal static partial class ParentheticalNames
{
    public const int MaxWords = 3;

    /// <summary>The pairs in a text, in order of appearance; the same pair once.</summary>
    public static IReadOnlyList<NamePair> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new List<NamePair>();
        foreach (Match match in HangulThenOriginal().Matches(text))
        {
            var latin = Regex.Replace(match.Groups["latin"].Value.Trim(), @"\s+", " ");
            var latinWords = latin.Split(' ').Length;
            var hangulWords = match.Groups["hangul"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var korean = string.Join(' ', hangulWords.TakeLast(Math.Min(latinWords, MaxWords)));
            var pair = new NamePair(korean, latin);
            if (korean.Length >= 2 && latin.Count(char.IsLetter) >= 2 && !pairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }

    // Up to three Hangul words, then "(" and a Latin name: letters first, words of letters, dots, hyphens, ampersands, apostrophes.
    [GeneratedRegex("(?<hangul>(?:[" + HangulText.Syllables + "]+ ){0,2}[" + HangulText.Syllables + @"]+)\((?<latin>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.'’&-]*(?: [A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'’&-]*){0,5})\)")]
    private static partial Regex HangulThenOriginal();
}
