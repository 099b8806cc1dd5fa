namespace DiploAssistant.Core.Languages;

/// <summary>
/// Hangul syllable tests and decomposition (Unicode's arithmetic layout of U+AC00–U+D7A3): the one place the syllable
/// range is written, for code (<see cref="IsSyllable"/>) and for regular expressions (<see cref="Syllables"/>).
/// </summary>
internal static class HangulText
{
    /// <summary>The syllable range as a regular-expression class body: <c>"[" + Syllables + "]+"</c> is a Hangul word.</summary>
    public const string Syllables = "\uAC00-\uD7A3";

    private const char First = '\uAC00';
    private const char Last = '\uD7A3';

    public static bool IsSyllable(char c) => c is >= First and <= Last;

    public static bool ContainsSyllable(string text) => text.Any(IsSyllable);

    /// <summary>Index of the initial consonant (0–18) of a syllable.</summary>
    public static int Initial(char syllable) => (syllable - First) / (21 * 28);

    /// <summary>Index of the final consonant (0 = none, 1–27) of a syllable.</summary>
    public static int Final(char syllable) => (syllable - First) % 28;

    /// <summary>The syllable's vowel, 0–20 (ㅏ … ㅣ).</summary>
    public static int Medial(char syllable) => (syllable - First) / 28 % 21;
}
