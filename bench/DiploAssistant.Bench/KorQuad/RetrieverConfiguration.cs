using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>One set of tokenizer and ranking parameters to measure (the product defaults, or a sweep point).</summary>
internal sealed record RetrieverConfiguration(
    string Name, KoreanTokenizerOptions Tokenizer, SqliteDocumentStoreOptions Store, HybridRetrieverOptions Retriever)
{
    public static RetrieverConfiguration Default { get; } = new(
        "DiploAssistant HybridRetriever", KoreanTokenizerOptions.Default, SqliteDocumentStoreOptions.Default, HybridRetrieverOptions.Default);

    public static IEnumerable<RetrieverConfiguration> Sweep()
    {
        yield return Default with { Name = "title not covering sentences", Store = Default.Store with { TitleCoversSentences = false } };
        yield return Default with { Name = "cross-lingual 0", Retriever = Default.Retriever with { CrossLingualWeight = 0 } };
        yield return Default with { Name = "k1 0.4", Store = Default.Store with { K1 = 0.4 } };
        yield return Default with { Name = "sentence 0.7", Store = Default.Store with { SentenceWeight = 0.7 } };
    }
}
