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
        var lexicalOnly = Default.Retriever with { VectorWeight = 0 };
        yield return Default with { Name = "fts5 bm25 only", Retriever = lexicalOnly, Store = Default.Store with { Rerank = false } };
        foreach (var (k1, b) in new[] { (1.2, 0.75), (0.8, 0.75), (0.5, 0.75), (0.8, 0.5), (0.5, 0.4), (1.5, 0.75) })
        {
            foreach (var sentence in new[] { 0.0, 0.5 })
            {
                yield return Default with
                {
                    Name = $"lexical, k1 {k1}, b {b}, sentence {sentence}",
                    Retriever = lexicalOnly,
                    Store = Default.Store with { K1 = k1, B = b, SentenceWeight = sentence },
                };
            }
        }
    }
}
