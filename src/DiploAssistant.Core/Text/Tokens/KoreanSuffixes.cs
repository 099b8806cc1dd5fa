namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Common Korean particles and verb endings, stripped from a word to find its stem (longest match first).</summary>
internal static class KoreanSuffixes
{
    private static readonly string[] Suffixes =
    [
        "에서부터", "으로부터", "이었으며", "하였으며", "이었는데",
        "에서는", "에서도", "에서의", "에게서", "에게는", "으로서", "으로써", "으로는", "으로도", "으로의",
        "이라는", "이라고", "이라며", "까지는", "까지의", "부터는", "하였다", "했으며", "이었다", "되었다", "하였고",
        "하는데", "했는데", "한다고", "된다고", "이지만", "으로", "에서", "에게", "까지", "부터", "처럼", "보다",
        "라는", "라고", "이며", "이고", "하고", "하는", "했던", "하여", "해서", "한다", "했다", "였다", "이다",
        "된다", "됐다", "되어", "되는", "되었", "과의", "와의", "에는", "에도", "에의", "와는", "과는", "들이",
        "들은", "들을", "들의", "들도", "들과", "이나", "이란", "께서", "인가", "인지", "이다", "하기", "했고",
        "이", "가", "은", "는", "을", "를", "과", "와", "의", "에", "로", "도", "만", "들", "나", "란",
    ];

    /// <summary>The word without its longest known suffix, keeping at least one syllable.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
