namespace DiploAssistant.Core.Languages;

/// <summary>
/// The Korean case and topic particles (조현이 → 조현, 헤이그에서 → 헤이그): the one particle list, which the tokenizer's
/// suffix list (<c>Text/Tokens/KoreanSuffixes</c>) extends with verb endings.
/// </summary>
internal static class KoreanParticles
{
    /// <summary>Longest first, so 에서는 wins over 는.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "에서는", "에서도", "에게서", "으로는", "으로서", "으로써", "과의", "와의", "에서", "에게", "한테", "으로", "까지", "부터",
        "처럼", "보다", "이나", "에는", "에도", "와는", "과는", "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도", "로", "께",
    ];

    /// <summary>The word without its particle (측과 → 측); a word that is all particle is kept whole.</summary>
    public static string Strip(string word)
    {
        var stem = StripFirst(word, All);
        return stem.Length == word.Length ? word : stem.ToString();
    }

    /// <summary>
    /// The word without the first of <paramref name="endings"/> it ends with, keeping at least one character; with the
    /// endings longest first that is the longest one.
    /// </summary>
    public static ReadOnlySpan<char> StripFirst(ReadOnlySpan<char> word, IReadOnlyList<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
