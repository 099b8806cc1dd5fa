using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Sorts characters into Hangul syllables, ideographs (Hanja, kana), other word characters and separators.</summary>
internal static class CharacterClassifier
{
    public static CharacterClass Classify(char c)
    {
        if (HangulText.IsSyllable(c))
        {
            return CharacterClass.Hangul;
        }

        if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF'))
        {
            return CharacterClass.Ideograph;
        }

        return char.IsLetterOrDigit(c) ? CharacterClass.Word : CharacterClass.Separator;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
