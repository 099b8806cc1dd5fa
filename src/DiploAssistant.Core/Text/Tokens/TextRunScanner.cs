using System.Text;

namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Normalises text (NFKC, lower case) and splits it into runs of Hangul, ideographs and other words.</summary>
internal static class TextRunScanner
{
    public static string Normalize(string text) =>
        text.IsNormalized(NormalizationForm.FormKC)
            ? text.ToLowerInvariant()
            : text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Runs in <paramref name="normalized"/>; a possessive "'s" after a word is skipped.</summary>
    public static List<TextRun> Scan(string normalized)
    {
        var runs = new List<TextRun>();
        var i = 0;
        while (i < normalized.Length)
        {
            var cls = CharacterClassifier.Classify(normalized[i]);
            if (cls == CharacterClass.Separator)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < normalized.Length && CharacterClassifier.Classify(normalized[i]) == cls)
            {
                i++;
            }

            runs.Add(new TextRun(cls, start, i - start));
            if (cls == CharacterClass.Word && IsPossessive(normalized, i))
            {
                i += 2;
            }
        }

        return runs;
    }

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length
        && CharacterClassifier.IsApostrophe(text[i])
        && text[i + 1] == 's'
        && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
