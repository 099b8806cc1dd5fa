using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// Roles in English appositions: the title before a name ("EU foreign policy chief Kaja Kallas", "Foreign Minister Cho
/// Hyun") or a phrase after it between commas ("Kim Sang-jin, director general of international policy at the ministry,").
/// </summary>
internal static partial class EnglishRoles
{
    private const int MaxWordsBefore = 6;
    private const int MaxWordsAfter = 14;

    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "chief", "president", "secretary", "ambassador", "envoy", "adviser", "advisor", "representative",
        "spokesperson", "spokesman", "spokeswoman", "director", "chairman", "chairwoman", "chair", "leader", "premier",
        "chancellor", "head", "commissioner", "general", "official", "king", "queen", "governor", "deputy", "negotiator",
        "counselor", "diplomat", "lawmaker", "senator", "commander", "prime", "vice", "undersecretary", "secretary-general",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "with", "met", "meets", "meet", "said", "says", "by", "to", "of", "for", "as", "when",
        "that", "who", "while", "after", "before", "between", "on", "in", "at", "from", "told", "called", "urged", "also",
    };

    public static string? Find(string sentence, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Before(sentence, start) ?? After(sentence, start + length);
    }

    private static string? Before(string sentence, int start)
    {
        var head = sentence[..start];
        if (!head.EndsWith(' '))
        {
            return null;
        }

        var words = Word().Matches(head).Select(m => m.Value).ToList();
        if (words.Count == 0 || !RoleNouns.Contains(words[^1]))
        {
            return null;
        }

        var role = new List<string>();
        for (var i = words.Count - 1; i >= 0 && role.Count < MaxWordsBefore; i--)
        {
            if (Stops.Contains(words[i]) || words[i].EndsWith(',') || words[i].EndsWith('.') || words[i].EndsWith('"'))
            {
                break;
            }

            role.Insert(0, words[i]);
        }

        return string.Join(' ', role);
    }

    private static string? After(string sentence, int end)
    {
        var tail = sentence[end..];
        if (!tail.StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var phrase = tail[2..];
        var stop = phrase.IndexOfAny([',', '.', ';', '(', ')']);
        phrase = (stop < 0 ? phrase : phrase[..stop]).Trim();
        var words = Word().Matches(phrase).Select(m => m.Value).ToList();
        if (words.Count is 0 or > MaxWordsAfter || !words.Take(5).Any(RoleNouns.Contains))
        {
            return null;
        }

        return Article().Replace(phrase, string.Empty);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
