using System.Diagnostics;
using DiploAssistant.Bench.KorQuad;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Bench.Postgres.KorQuad;

/// <summary>
/// KorQuAD 1.0 dev (optionally with the 37k distractors) loaded into one store through <see cref="IDocumentStore.UpsertManyAsync"/>
/// in batches of the pipeline's default size, then every sampled question retrieved one at a time (as one user would):
/// R@1/5/10 of its paragraph, and the latency of lexical, vector and hybrid retrieval.
/// </summary>
internal static class KorQuadStoreBenchmark
{
    private const int BatchSize = 64;
    /// <summary>Questions whose lexical, vector and hybrid latencies are timed, unless given.</summary>
    public const int DefaultLatencySample = 200;

    public static async Task<KorQuadStoreRun> RunAsync(
        string name, IDocumentStore store, KorQuadCorpus corpus, HashingEmbedder embedder, int latencySample, TextWriter log)
    {
        await store.EnsureEmbedderAsync(embedder.Identity, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var done = 0;

        // As `diplo ingest` does: a store that indexes after a bulk load is told where the load starts and ends (timed with it).
        var bulkLoad = store is IBulkLoadingStore bulk ? await bulk.BeginBulkLoadAsync(CancellationToken.None) : null;
        foreach (var batch in corpus.Documents.Chunk(BatchSize))
        {
            await store.UpsertManyAsync(batch, CancellationToken.None);
            done += batch.Length;
            if (done % 6400 == 0)
            {
                log.WriteLine($"{name}: {done} documents in {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        var written = clock.Elapsed;
        if (bulkLoad is not null)
        {
            await bulkLoad.DisposeAsync();
        }

        var ingestTime = clock.Elapsed;
        log.WriteLine($"{name}: ingested {corpus.Documents.Count} documents in {ingestTime.TotalSeconds:F1} s (writes {written.TotalSeconds:F1} s, index after the load {(ingestTime - written).TotalSeconds:F1} s)");

        var retriever = new HybridRetriever(store, embedder);
        var sample = corpus.Questions.Take(latencySample).Select(q => q.Text).ToList();
        var vectors = sample.Select(embedder.Embed).ToList();
        await retriever.RetrieveDocumentsAsync(sample[0], SearchFilters.None, 10, CancellationToken.None);
        var lexical = await LatencySummary.TimeAsync(sample.Count, i => store.SearchLexicalAsync(sample[i], SearchFilters.None, 10, CancellationToken.None));
        var vector = await LatencySummary.TimeAsync(sample.Count, i => store.SearchVectorAsync(vectors[i], SearchFilters.None, 10, CancellationToken.None));
        var hybrid = await LatencySummary.TimeAsync(sample.Count, i => retriever.RetrieveAsync(sample[i], SearchFilters.None, 5, CancellationToken.None));

        var recall = new RecallAccumulator();
        var times = new List<double>(corpus.Questions.Count);
        foreach (var question in corpus.Questions)
        {
            var started = Stopwatch.GetTimestamp();
            var ranked = await retriever.RetrieveDocumentsAsync(question.Text, SearchFilters.None, 10, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var index = ranked.Select(d => d.DocumentId).ToList().IndexOf(question.GoldDocumentId);
            recall.Add(index < 0 ? null : index + 1);
        }

        log.WriteLine($"{name}: latencies timed on {sample.Count} questions");
        var figures = recall.Figures();
        log.WriteLine($"{name}: R@1 {figures.RecallAt1:F3}  R@5 {figures.RecallAt5:F3}  R@10 {figures.RecallAt10:F3}  ({times.Sum() / 1000:F1} s)");
        var result = new StoreResult(name, corpus.Documents.Count / ingestTime.TotalSeconds, lexical, vector, hybrid);
        return new KorQuadStoreRun(result, ingestTime, figures, LatencySummary.Of(times));
    }
}
