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
        foreach (var (k1, b) in new[] { (0.3, 0.75), (0.6, 0.5), (0.3, 0.5) })
        {
            yield return Default with { Name = $"k1 {k1}, b {b}", Store = Default.Store with { K1 = k1, B = b } };
        }

        yield return Default with { Name = "vector 0", Retriever = Default.Retriever with { VectorWeight = 0 } };
    }
}
