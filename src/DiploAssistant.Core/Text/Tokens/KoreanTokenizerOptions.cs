namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Which extra terms <see cref="KoreanTokenizer"/> emits besides Hangul bigrams; the defaults measured best on KorQuAD.</summary>
public sealed record KoreanTokenizerOptions
{
    public static KoreanTokenizerOptions Default { get; } = new();

    /// <summary>Also emit each Hangul word with its particle or ending stripped (e.g. 조현이 → 조현이 → 조현).</summary>
    public bool StemmedWords { get; init; } = true;

    /// <summary>Emit single syllables of one-syllable Hangul words (북, 미).</summary>
    public bool SingleSyllables { get; init; } = true;

    /// <summary>Also emit Hangul character trigrams of words of three or more syllables.</summary>
    public bool Trigrams { get; init; }

    /// <summary>What sets these options apart from the defaults, for the tokenizer's identity: empty for the defaults.</summary>
    internal string IdentitySuffix =>
        (StemmedWords ? string.Empty : "-stemmed-words") + (SingleSyllables ? string.Empty : "-single-syllables") + (Trigrams ? "+trigrams" : string.Empty);
}
