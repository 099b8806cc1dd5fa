using System.Diagnostics;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bench.Postgres;

/// <summary>Loads the corpus into a store in batches, then times lexical, vector and hybrid searches for each question.</summary>
internal static class StoreBenchmark
{
    private const int BatchSize = 64;
    private const int Top = 10;

    public static async Task<StoreResult> RunAsync(
        string name,
        IDocumentStore store,
        KtitanCorpus corpus,
        IReadOnlyList<string> questions)
    {
        await store.EnsureEmbedderAsync(KtitanCorpus.Embedder.Identity, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        foreach (var batch in corpus.Documents.Chunk(BatchSize))
        {
            await store.UpsertManyAsync(batch, CancellationToken.None);
        }

        var perSecond = corpus.Documents.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: ingested {corpus.Documents.Count} documents in {clock.Elapsed.TotalSeconds:F1} s");

        var retriever = new HybridRetriever(store, KtitanCorpus.Embedder);
        var vectors = questions.Select(KtitanCorpus.Embedder.Embed).ToList();

        // One warm-up pass so that caches (SQLite's vector snapshot, Postgres' buffers) are not timed.
        await store.SearchLexicalAsync(questions[0], SearchFilters.None, Top, CancellationToken.None);
        await store.SearchVectorAsync(vectors[0], SearchFilters.None, Top, CancellationToken.None);
        var lexical = await LatencySummary.TimeAsync(questions.Count, i => store.SearchLexicalAsync(questions[i], SearchFilters.None, Top, CancellationToken.None));
        var vector = await LatencySummary.TimeAsync(questions.Count, i => store.SearchVectorAsync(vectors[i], SearchFilters.None, Top, CancellationToken.None));
        var hybrid = await LatencySummary.TimeAsync(questions.Count, i => retriever.RetrieveAsync(questions[i], SearchFilters.None, 5, CancellationToken.None));
        return new StoreResult(name, perSecond, lexical, vector, hybrid);
    }
}
