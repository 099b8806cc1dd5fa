namespace DiploAssistant.Bench.CrossLingual;

/// <summary>Which side is indexed and which side asks: "ko → en" indexes the English sentences and queries with the Korean ones.</summary>
internal sealed record Direction(string Name, string IndexedLanguage, Func<SentencePair, string> Indexed, Func<SentencePair, string> Query)
{
    public static IReadOnlyList<Direction> Both { get; } =
    [
        new("Korean query → English sentence", "en", p => p.English, p => p.Korean),
        new("English query → Korean sentence", "ko", p => p.Korean, p => p.English),
    ];
}
