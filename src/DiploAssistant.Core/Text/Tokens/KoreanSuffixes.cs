using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Korean particles and verb endings, stripped from a word to find its stem (longest match first).</summary>
internal static class KoreanSuffixes
{
    /// <summary>What the tokenizer strips beyond the particles: verb endings, copulas, plural 들 with its particles.</summary>
    private static readonly string[] Endings =
    [
        "에서부터", "으로부터", "이었으며", "하였으며", "이었는데",
        "에서의", "에게는", "으로도", "으로의", "이라는", "이라고", "이라며", "까지는", "까지의", "부터는", "하였다", "했으며",
        "이었다", "되었다", "하였고", "하는데", "했는데", "한다고", "된다고", "이지만",
        "라는", "라고", "이며", "이고", "하고", "하는", "했던", "하여", "해서", "한다", "했다", "였다", "이다", "된다", "됐다",
        "되어", "되는", "되었", "에의", "들이", "들은", "들을", "들의", "들도", "들과", "이란", "께서", "인가", "인지", "하기",
        "했고",
        "만", "들", "나", "란",
    ];

    // 께 and 한테 stay out: the index never stripped them (함께 keeps its 께), and a new list changes every stored term.
    private static readonly string[] Suffixes =
    [
        .. KoreanParticles.All.Where(p => p is not ("께" or "한테")).Concat(Endings).Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length),
    ];

    /// <summary>The word without its longest known suffix, keeping at least one syllable.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word) => KoreanParticles.StripFirst(word, Suffixes);
}
