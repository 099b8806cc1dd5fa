using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DiploAssistant.Core.Languages;

/// <summary>
/// General news and diplomacy vocabulary in English and Korean (diplomatic-glossary.tsv, embedded): meet ↔ 만나/회담,
/// summit ↔ 정상회의, Netherlands ↔ 네덜란드. Lets a question in one language find its words in an article in the other,
/// and lets one wording find another (led ↔ represented, 만났 ↔ 면담).
/// </summary>
internal sealed partial class BilingualGlossary
{
    private const string ResourceName = "DiploAssistant.Core.Languages.diplomatic-glossary.tsv";

    private static readonly Lazy<BilingualGlossary> Shared = new(Load);

    private readonly FrozenDictionary<string, GlossaryEntry[]> _byEnglish;
    private readonly (string Form, GlossaryEntry Entry)[] _koreanForms;
    private readonly int _longestPhrase;

    public BilingualGlossary(IEnumerable<GlossaryEntry> entries)
    {
        var list = entries.ToList();
        Entries = list;
        _byEnglish = list
            .SelectMany(entry => entry.English.Select(english => (english, entry)))
            .GroupBy(pair => pair.english, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(pair => pair.entry).Distinct().ToArray(), StringComparer.Ordinal);
        _koreanForms = list
            .SelectMany(entry => entry.Korean.Select(korean => (korean, entry)))
            .OrderByDescending(pair => pair.korean.Length)
            .ToArray();
        _longestPhrase = _byEnglish.Keys.Max(phrase => phrase.Count(c => c == ' ') + 1);
    }

    /// <summary>The glossary shipped with the product.</summary>
    public static BilingualGlossary Default => Shared.Value;

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>The entries of an English word or phrase (lower case), or none.</summary>
    public IReadOnlyList<GlossaryEntry> ForEnglish(string phrase) =>
        _byEnglish.TryGetValue(phrase, out var entries) ? entries : [];

    /// <summary>
    /// Every glossary word or phrase in English text, by the words it spans (a hyphenated word unknown as a whole
    /// counts as its parts: Korea-EU). Overlapping matches are all returned, longer ones first at each word.
    /// </summary>
    public IReadOnlyList<EnglishGlossaryMatch> FindEnglish(string text)
    {
        var words = EnglishWords(text);
        var matches = new List<EnglishGlossaryMatch>();
        for (var start = 0; start < words.Count; start++)
        {
            for (var count = Math.Min(_longestPhrase, words.Count - start); count >= 1; count--)
            {
                var phrase = string.Join(' ', words.Skip(start).Take(count));
                matches.AddRange(ForEnglish(phrase).Select(entry => new EnglishGlossaryMatch(entry, start, count, phrase)));
            }
        }

        return matches;
    }

    /// <summary>
    /// The entries whose Korean form occurs in a Korean word (particles stripped; 안보국방대화 holds 안보, 국방, 대화).
    /// A one-syllable form (핵) must be the whole stem: inside a word it is usually part of another (핵심).
    /// </summary>
    public IReadOnlyList<KoreanGlossaryMatch> FindKorean(string word)
    {
        var stem = KoreanParticles.Strip(word);
        var matches = new List<KoreanGlossaryMatch>();
        foreach (var (form, entry) in _koreanForms)
        {
            var found = form.Length == 1 ? stem == form : stem.Contains(form, StringComparison.Ordinal);
            if (found && !matches.Any(m => m.Entry == entry))
            {
                matches.Add(new KoreanGlossaryMatch(entry, form));
            }
        }

        return matches;
    }

    /// <summary>
    /// Whether a Korean word is a name the glossary knows (네덜란드, 일본은), as written or without its particle: a name
    /// that ends like a particle (노르웨이, 상하이) is itself too.
    /// </summary>
    public bool IsKoreanName(string word) =>
        _koreanForms.Any(f => f.Entry.Kind == GlossaryKind.Name && (f.Form == word || f.Form == KoreanParticles.Strip(word)));

    /// <summary>The lower-case English words of a text, possessives dropped, unknown hyphenated words split.</summary>
    public IReadOnlyList<string> EnglishWords(string text)
    {
        var words = new List<string>();
        foreach (Match match in EnglishWord().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value.EndsWith("'s", StringComparison.Ordinal) || match.Value.EndsWith("’s", StringComparison.Ordinal)
                ? match.Value[..^2]
                : match.Value;
            if (word.Contains('-', StringComparison.Ordinal) && !_byEnglish.ContainsKey(word))
            {
                words.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Reads the tab-separated lines: kind, English forms, Korean forms (| between forms; # starts a comment).</summary>
    public static BilingualGlossary Parse(TextReader reader)
    {
        var entries = new List<GlossaryEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || !Enum.TryParse<GlossaryKind>(columns[0], ignoreCase: true, out var kind))
            {
                throw new FormatException($"Glossary line is not 'kind<TAB>english<TAB>korean': {line}");
            }

            entries.Add(new GlossaryEntry(kind, Forms(columns[1]), Forms(columns[2])));
        }

        return new BilingualGlossary(entries);
    }

    private static string[] Forms(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(form => form.ToLowerInvariant())
            .ToArray();

    private static BilingualGlossary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    [GeneratedRegex(@"[a-z0-9]+(?:[.'’-][a-z0-9]+)*(?:['’]s)?")]
    private static partial Regex EnglishWord();
}
