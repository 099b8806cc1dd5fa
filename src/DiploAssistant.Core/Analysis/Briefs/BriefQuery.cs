using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// Reads who a brief is about: "who is 위성락?", "위성락은 누구?", "Kaja Kallas" → the name. In chat only the asking
/// forms count, and only for a name ("who is the EU's foreign policy chief?" stays a question for the answerer).
/// </summary>
public static partial class BriefQuery
{
    private const int MaxNameWords = 4;

    /// <summary>The name a brief request names: its asking words and punctuation dropped.</summary>
    public static string Name(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Trim();
        if (Asking().Match(text) is { Success: true } asking)
        {
            return asking.Groups["name"].Value.Trim();
        }

        return text.Trim(' ', '?', '.', '!');
    }

    /// <summary>The name of a chat message that asks who someone is, or null when the message is another question.</summary>
    public static string? FromChat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Asking().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var looksLikeName = words.Length is > 0 and <= MaxNameWords && words.All(w =>
            HangulText.ContainsSyllable(w) ? !PersonTitles.IsTitle(w) : char.IsUpper(w[0]) || w.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        return looksLikeName && !Article().IsMatch(name) ? name : null;
    }

    [GeneratedRegex(@"^(?:(?i:who\s+is|who's|who\s+was|brief(?:\s+on)?|tell\s+me\s+about)\s+(?<name>[^?]+?)|(?<name>[^?]+?)\s*(?:은|는|이|가)?\s*누구(?:야|인가요?|입니까|예요|이에요|지|니|일까요?|인지)?|(?:브리핑|인물)\s+(?<name>[^?]+?))\s*\??$")]
    private static partial Regex Asking();

    [GeneratedRegex(@"^(?i:the|a|an)\s")]
    private static partial Regex Article();
}
