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
        foreach (var sentence in new[] { 0.0, 0.25, 0.5, 1.0, 2.0 })
        {
            yield return Default with
            {
                Name = $"lexical, sentence {sentence}", Retriever = lexicalOnly, Store = Default.Store with { SentenceWeight = sentence },
            };
        }

        foreach (var vector in new[] { 0.1, 0.2, 0.4 })
        {
            yield return Default with { Name = $"score fusion, vector {vector}", Retriever = Default.Retriever with { VectorWeight = vector } };
        }

        yield return Default with { Name = "title 1", Store = Default.Store with { TitleWeight = 1 } };
        yield return Default with { Name = "no stems", Tokenizer = new() { StemmedWords = false } };
    }
}
