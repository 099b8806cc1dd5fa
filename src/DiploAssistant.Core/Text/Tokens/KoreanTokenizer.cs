using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text.Tokens;

/// <summary>
/// Korean-aware lexical terms: Hangul words become character bigrams (so 조현 matches inside 조현이, 조현과) plus the word
/// with its particle stripped; other words are lower-cased with plural and possessive endings removed; Hanja and kana are
/// single characters; numbers are kept; punctuation is dropped. Queries also drop question words (무엇, 누구, what, who…).
/// </summary>
/// <remarks>
/// Stores keep the document terms and record <see cref="Identity"/> (<see cref="Name"/>/<see cref="Version"/>, plus any
/// option that differs from the default). <b>Bump <see cref="Version"/> in the same commit as any change that alters
/// <see cref="TokenizeDocument"/>'s output</b>, here or in what it calls: <c>TextRunScanner</c>, <c>CharacterClassifier</c>,
/// <c>KoreanSuffixes</c>, <c>CharacterNgrams</c>, <c>EnglishStemmer</c>, and in <c>Languages/</c> <c>KoreanParticles</c>,
/// <c>HangulText</c>, <c>PhoneticTerm</c> and <c>PhoneticKey</c>. Every store then re-tokenizes its chunks once, on first
/// open. A change to query terms only (<c>QueryStopwords</c>) needs no bump. <c>KoreanTokenizerIdentityTests</c> pins the
/// document terms of the current version and fails when they change without a bump.
/// </remarks>
public sealed class KoreanTokenizer : ITextTokenizer
{
    /// <summary>The first part of <see cref="Identity"/>.</summary>
    public const string Name = "korean";

    /// <summary>The version of the document terms: bump it whenever they change for some text (see the remarks).</summary>
    public const int Version = 1;

    /// <summary>Shorter Latin words (of, the, UN) get no sound term: their keys are too short or too common.</summary>
    private const int MinimumPhoneticLetters = 4;

    private readonly KoreanTokenizerOptions _options;

    public KoreanTokenizer(KoreanTokenizerOptions? options = null)
    {
        _options = options ?? KoreanTokenizerOptions.Default;
        Identity = $"{Name}/{Version}{_options.IdentitySuffix}";
    }

    /// <summary><c>korean/1</c> with the default options; other options append what differs (<c>korean/1+trigrams</c>).</summary>
    public string Identity { get; }

    public IReadOnlyList<string> TokenizeDocument(string text) => Tokenize(text, isQuery: false);

    public IReadOnlyList<string> TokenizeQuery(string text) => Tokenize(text, isQuery: true);

    private List<string> Tokenize(string text, bool isQuery)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextRunScanner.Normalize(text);
        var tokens = new List<string>();
        foreach (var run in TextRunScanner.Scan(normalized))
        {
            var span = normalized.AsSpan(run.Start, run.Length);
            switch (run.Class)
            {
                case CharacterClass.Hangul:
                    AddHangul(span, isQuery, tokens);
                    break;
                case CharacterClass.Ideograph:
                    foreach (var c in span)
                    {
                        tokens.Add(c.ToString());
                    }

                    break;
                default:
                    AddWord(span, isQuery, tokens);
                    break;
            }
        }

        return tokens;
    }

    private void AddHangul(ReadOnlySpan<char> word, bool isQuery, List<string> tokens)
    {
        var stem = KoreanSuffixes.Strip(word);
        if (isQuery && (QueryStopwords.Contains(word.ToString()) || QueryStopwords.Contains(stem.ToString())))
        {
            return;
        }

        if (word.Length == 1)
        {
            if (_options.SingleSyllables)
            {
                tokens.Add(word.ToString());
            }

            return;
        }

        foreach (var bigram in CharacterNgrams.Of(word, 2))
        {
            tokens.Add(bigram.ToString());
        }

        if (_options.Trigrams)
        {
            foreach (var trigram in CharacterNgrams.Of(word, 3))
            {
                tokens.Add(trigram.ToString());
            }
        }

        // Documents also index the stem's sound, so English questions naming a person find the Korean spelling.
        if (!isQuery && PhoneticTerm.ForHangul(stem) is { } phonetic)
        {
            tokens.Add(phonetic);
        }

        // A two-syllable stem is already one of the bigrams; longer or shorter stems add a whole-word term.
        if (_options.StemmedWords && stem.Length != 2 && (stem.Length > 1 || _options.SingleSyllables))
        {
            tokens.Add(stem.ToString());
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, bool isQuery, List<string> tokens)
    {
        var text = word.ToString();
        if (isQuery && QueryStopwords.Contains(text))
        {
            return;
        }

        tokens.Add(EnglishStemmer.Stem(text));

        // Documents also index a Latin word's sound, so Korean questions naming 칼라스 or 컴퓨터 find the English spelling.
        if (!isQuery && text.Length >= MinimumPhoneticLetters && IsLatinWord(text))
        {
            tokens.AddRange(PhoneticTerm.ForLatinWord(text));
        }
    }

    private static bool IsLatinWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
