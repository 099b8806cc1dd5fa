using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// Roles in Korean appositions: the title after a name ("위성락 국가안보실장이" → 국가안보실장, "조현 외교부 장관은" →
/// 외교부 장관, "마르크 뤼터 북대서양조약기구(나토) 사무총장") or before it ("EU 외교안보정책 고위대표 카야 칼라스와").
/// </summary>
internal static partial class KoreanRoles
{
    private const int MaxWords = 4;

    public static string? Find(string sentence, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var end = start + length;

        // "엘레나 마시(Elena Marsh) 캐나다 국방장관": the original in parentheses is part of the name, not of the role.
        if (end < sentence.Length && sentence[end] == '(' && sentence.IndexOf(')', end) is var close and > 0)
        {
            end = close + 1;
            length = end - start;
        }

        // A particle right after the name (위성락이) ends the phrase: no title follows.
        if (end < sentence.Length && HangulText.IsSyllable(sentence[end]) && KoreanParticles.Strip(Word().Match(sentence, start).Value) == sentence.Substring(start, length))
        {
            return Before(sentence, start);
        }

        return After(sentence, end) ?? Before(sentence, start);
    }

    private static string? After(string sentence, int end)
    {
        var words = Word().Matches(sentence[end..]).Take(MaxWords).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var stem = KoreanParticles.Strip(words[i]);
            if (PersonTitles.TitleOf(words[i]) is not null && i < words.Count)
            {
                return string.Join(' ', words.Take(i).Append(PersonTitles.IsTitle(stem) ? stem : words[i]));
            }

            if (stem != words[i] || words[i].Any(c => c is ',' or '.' or '"' or '“' or '”'))
            {
                return null; // the phrase ended before any title
            }
        }

        return null;
    }

    private static string? Before(string sentence, int start)
    {
        var words = Word().Matches(sentence[..start]).Select(m => m.Value).ToList();

        // "고위대표 카야 칼라스": the surname was matched alone; a bare given name before it belongs to the name.
        if (words.Count >= 2 && !PersonTitles.IsTitle(words[^1]) && PersonTitles.IsTitle(words[^2])
            && words[^1].Length <= 4 && words[^1].All(HangulText.IsSyllable) && KoreanParticles.Strip(words[^1]) == words[^1])
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || !sentence[..start].EndsWith(' ') || !PersonTitles.IsTitle(words[^1]) || KoreanParticles.Strip(words[^1]) != words[^1])
        {
            return null;
        }

        var role = new List<string> { words[^1] };
        for (var i = words.Count - 2; i >= 0 && role.Count < MaxWords - 1; i--)
        {
            var word = words[i];
            if (KoreanParticles.Strip(word) != word || word.Any(c => c is ',' or '.' or '"' or '“' or '”' or '=' or ']') || Title().IsMatch(word))
            {
                break;
            }

            role.Insert(0, word);
        }

        return string.Join(' ', role);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    // Another person's name and title run ("조현 외교부 장관과 … 고위대표"): a word that itself ends a title phrase stops the walk.
    [GeneratedRegex(@"(?:장관|대통령|총리|실장|대표|차관)(?:과|와)$")]
    private static partial Regex Title();
}
