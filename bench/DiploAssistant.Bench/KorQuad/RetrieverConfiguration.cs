using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>One set of ranking parameters to measure (the product defaults, or a sweep point).</summary>
internal sealed record RetrieverConfiguration(string Name, SqliteDocumentStoreOptions Store, HybridRetrieverOptions Retriever)
{
    public static RetrieverConfiguration Default { get; } =
        new("DiploAssistant HybridRetriever", SqliteDocumentStoreOptions.Default, HybridRetrieverOptions.Default);

    public static IEnumerable<RetrieverConfiguration> Sweep()
    {
        foreach (var title in new[] { 1.0, 2.0, 3.0 })
        {
            foreach (var vector in new[] { 0.0, 0.15, 0.3, 0.5, 0.8 })
            {
                yield return new RetrieverConfiguration(
                    $"title {title}, vector {vector}",
                    SqliteDocumentStoreOptions.Default with { TitleWeight = title },
                    HybridRetrieverOptions.Default with { VectorWeight = vector });
            }
        }
    }
}
