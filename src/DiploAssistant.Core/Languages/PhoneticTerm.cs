namespace DiploAssistant.Core.Languages;

/// <summary>
/// The lexical index term that carries a Hangul word's <see cref="PhoneticKey"/> (조현 → <c>xhjhn</c>), so an English
/// question naming "Cho Hyun" finds a Korean article through the same BM25 index. One place owns the spelling of the
/// term: the tokenizer indexes it for Hangul words, the cross-lingual query asks for it for Latin names.
/// </summary>
internal static class PhoneticTerm
{
    // Lower-case letters only, ending in a letter the plural stemmer leaves alone, so the query path keeps the term intact.
    private const string Prefix = "xh";
    private const string Suffix = "q";

    /// <summary>The term for a Hangul word (its particles already stripped), or null when its key is too short to trust.</summary>
    public static string? ForHangul(ReadOnlySpan<char> word)
    {
        var key = PhoneticKey.FromHangul(word.ToString());
        return key.Length >= PhoneticKey.MinimumLength ? Make(key) : null;
    }

    /// <summary>The terms that would match a Latin name written in Hangul (several readings; short keys dropped).</summary>
    public static IEnumerable<string> ForLatin(string name) =>
        PhoneticKey.FromLatin(name).Where(k => k.Length >= PhoneticKey.MinimumLength).Select(Make);

    /// <summary>The terms an indexed Latin word (a document's) carries: its readings with keys long enough to trust.</summary>
    public static IEnumerable<string> ForLatinWord(string word) =>
        PhoneticKey.FromLatinWord(word).Where(k => k.Length >= PhoneticKey.MinimumLength).Select(Make);

    private static string Make(string key) => string.Concat(Prefix, key.ToLowerInvariant(), Suffix);
}
