using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// The language a question is asked in, by its letters: Korean when it has at least half as many Hangul syllables as Latin
/// letters ("What did 조현 say?" is English, "조현 장관은 Kaja Kallas를 어디서 만났나?" Korean). The names a follow-up's
/// rewrite adds in a final parenthesis ("what about the Netherlands? (한·네덜란드, 2+2)") do not count: the user asked in English.
/// </summary>
public static class QuestionLanguage
{
    public static bool IsKorean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var asked = WithoutCarriedNames(text);
        var hangul = asked.Count(HangulText.IsSyllable);
        var latin = asked.Count(char.IsAsciiLetter);
        return hangul > 0 && hangul * 2 >= latin;
    }

    /// <summary>The text without a final parenthesis that follows a question mark or stands after the question.</summary>
    private static string WithoutCarriedNames(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(')'))
        {
            return trimmed;
        }

        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && trimmed[..open].TrimEnd().EndsWith('?') ? trimmed[..open] : trimmed;
    }
}
