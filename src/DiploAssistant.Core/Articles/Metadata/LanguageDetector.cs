using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Articles.Metadata;

/// <summary>"ko" when Hangul dominates the letters of a text, else "en".</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        var hangul = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (HangulText.IsSyllable(c) || c is >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
        }

        // One Hangul syllable carries about as much as two or three Latin letters.
        return hangul > 0 && hangul * 2 >= latin ? "ko" : "en";
    }
}
