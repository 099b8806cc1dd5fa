namespace DiploAssistant.Core.Languages;

/// <summary>Hangul syllable tests and decomposition (Unicode's arithmetic layout of U+AC00–U+D7A3).</summary>
internal static class HangulText
{
    private const char First = '\uAC00';
    private const char Last = '\uD7A3';

    public static bool IsSyllable(char c) => c is >= First and <= Last;

    public static bool ContainsSyllable(string text) => text.Any(IsSyllable);

    /// <summary>Index of the initial consonant (0–18) of a syllable.</summary>
    public static int Initial(char syllable) => (syllable - First) / (21 * 28);

    /// <summary>Index of the final consonant (0 = none, 1–27) of a syllable.</summary>
    public static int Final(char syllable) => (syllable - First) % 28;
}
