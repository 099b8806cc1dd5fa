using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>One set of tokenizer and ranking parameters to measure (the product defaults, or a sweep point).</summary>
internal sealed record RetrieverConfiguration(
    string Name, KoreanTokenizerOptions Tokenizer, SqliteDocumentStoreOptions Store, HybridRetrieverOptions Retriever)
{
    public static RetrieverConfiguration Default { get; } = new(
        "DiploAssistant HybridRetriever", KoreanTokenizerOptions.Default, SqliteDocumentStoreOptions.Default, HybridRetrieverOptions.Default);

    public static IEnumerable<RetrieverConfiguration> Sweep()
    {
        yield return Default with { Name = "k1 0.4", Store = Default.Store with { K1 = 0.4 } };
        yield return Default with { Name = "depth 40", Store = Default.Store with { RerankDepth = 40 } };
        yield return Default with { Name = "sentence 0.8", Store = Default.Store with { SentenceWeight = 0.8 } };
        yield return Default with { Name = "cross-lingual 0", Retriever = Default.Retriever with { CrossLingualWeight = 0 } };
    }
}
