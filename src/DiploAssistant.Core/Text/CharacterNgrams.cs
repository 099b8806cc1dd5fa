namespace DiploAssistant.Core.Text;

/// <summary>
/// Character n-grams, the one builder behind the tokenizer's Hangul bigrams, the offline embedder's features and the
/// letter pairs that compare sentences across Korean particles and English inflection.
/// </summary>
internal static class CharacterNgrams
{
    /// <summary>The <paramref name="n"/>-grams of a text in order, as slices of it (none when it is shorter).</summary>
    public static CharacterNgramEnumerator Of(ReadOnlySpan<char> text, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return new CharacterNgramEnumerator(text, n);
    }

    /// <summary>The distinct pairs of a text's letters and digits, lower-cased: spacing and punctuation do not count.</summary>
    public static HashSet<string> LetterPairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in Of(letters, 2))
        {
            pairs.Add(pair.ToString());
        }

        return pairs;
    }
}
