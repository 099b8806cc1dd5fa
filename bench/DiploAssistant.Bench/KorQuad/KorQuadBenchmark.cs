using System.Diagnostics;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>
/// Each KorQuAD question must find its paragraph among all paragraphs (and, with distractors, 37k news items):
/// DiploAssistant's store and retriever against the bigram FTS5 baseline, built and queried in the same run.
/// </summary>
internal sealed class KorQuadBenchmark(string sharedData, string workDirectory, IPassageSplitter splitter, TextWriter log)
{
    private const int BatchSize = 1000;

    public async Task<KorQuadReport> RunAsync(bool distractors, IReadOnlyList<RetrieverConfiguration> configurations, CancellationToken cancellationToken)
    {
        var (documents, questions) = KorQuadDataset.Load(Path.Combine(sharedData, "korquad-1.0-dev", "KorQuAD_v1.0_dev.json"));
        if (distractors)
        {
            documents.AddRange(DistractorCorpus.Load(sharedData));
        }

        log.WriteLine($"{documents.Count} documents, {questions.Count} questions");
        Directory.CreateDirectory(workDirectory);

        var clock = Stopwatch.StartNew();
        await using var baseline = new BigramBaseline(Path.Combine(workDirectory, "baseline.db"));
        baseline.Build(documents);
        var baselineIndexTime = clock.Elapsed;
        log.WriteLine($"baseline indexed in {baselineIndexTime.TotalSeconds:F1} s");

        using var embedder = new HashingEmbedder();
        var stores = new Dictionary<KoreanTokenizerOptions, string>();
        var indexTime = TimeSpan.Zero;
        var chunks = 0;
        foreach (var tokenizer in configurations.Select(c => c.Tokenizer).Distinct())
        {
            var storeDirectory = Path.Combine(workDirectory, $"store-{stores.Count}");
            clock.Restart();
            chunks = await IndexAsync(storeDirectory, new KoreanTokenizer(tokenizer), embedder, documents, cancellationToken);
            indexTime = stores.Count == 0 ? clock.Elapsed : indexTime;
            log.WriteLine($"store indexed ({chunks} chunks) in {clock.Elapsed.TotalSeconds:F1} s");
            stores[tokenizer] = storeDirectory;
        }

        var baselineResult = await EvaluateAsync("SQLite FTS5 over character bigrams (baseline)", questions,
            (q, _) => Task.FromResult<IReadOnlyList<string>>(baseline.Search(q, 10)), cancellationToken);
        log.WriteLine(Describe(baselineResult));

        var engines = new List<EngineResult>();
        foreach (var configuration in configurations)
        {
            await using var store = new SqliteDocumentStore(
                stores[configuration.Tokenizer], new KoreanTokenizer(configuration.Tokenizer), options: configuration.Store);
            var retriever = new HybridRetriever(store, embedder, configuration.Retriever);
            var result = await EvaluateAsync(configuration.Name, questions, async (q, ct) =>
                (await retriever.RetrieveDocumentsAsync(q, SearchFilters.None, 10, ct)).Select(d => d.DocumentId).ToList(),
                cancellationToken);
            engines.Add(result);
            log.WriteLine(Describe(result));
        }

        return new KorQuadReport(distractors, documents.Count, chunks, questions.Count, indexTime, baselineIndexTime, baselineResult, engines);
    }

    private async Task<int> IndexAsync(string storeDirectory, KoreanTokenizer tokenizer, HashingEmbedder embedder, List<BenchDocument> documents, CancellationToken cancellationToken)
    {
        await using var store = new SqliteDocumentStore(storeDirectory, tokenizer);
        await store.EnsureEmbedderAsync(embedder.Identity, cancellationToken);
        var chunkCount = 0;
        foreach (var batch in documents.Chunk(BatchSize))
        {
            var items = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(document =>
            {
                var chunks = splitter.Split(document.Id, document.Text);
                var embeddings = chunks.Select(c => (ReadOnlyMemory<float>)embedder.Embed(document.Title + "\n" + c.Text)).ToList();
                // Signed as ingestion signs it, so that wire-copy clustering runs here too (and must not change the ranking).
                return new DocumentUpsert(BenchArticles.ToArticle(document), BenchArticles.Hash(document), chunks, embeddings)
                {
                    Signature = MinHashSignature.Compute(document.Title, document.Text),
                };
            }).ToList();
            chunkCount += items.Sum(i => i.Chunks.Count);
            await store.UpsertManyAsync(items, cancellationToken);
        }

        return chunkCount;
    }

    private static async Task<EngineResult> EvaluateAsync(
        string engine,
        IReadOnlyList<BenchQuestion> questions,
        Func<string, CancellationToken, Task<IReadOnlyList<string>>> search,
        CancellationToken cancellationToken)
    {
        var accumulator = new RecallAccumulator();
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(questions, parallel, async (question, ct) =>
        {
            var ranked = await search(question.Text, ct);
            var index = ranked.Take(10).ToList().IndexOf(question.GoldDocumentId);
            accumulator.Add(index < 0 ? null : index + 1);
        });
        return new EngineResult(engine, accumulator.Figures(), clock.Elapsed);
    }

    private static string Describe(EngineResult result) =>
        $"{result.Engine}: R@1 {result.Figures.RecallAt1:F3}  R@5 {result.Figures.RecallAt5:F3}  R@10 {result.Figures.RecallAt10:F3}  " +
        $"MRR@10 {result.Figures.MrrAt10:F3}  (R@1 {Count(result.Figures.RecallAt1, result.Figures.Questions)} and R@5 " +
        $"{Count(result.Figures.RecallAt5, result.Figures.Questions)} of {result.Figures.Questions} questions; {result.QueryTime.TotalSeconds:F1} s)";

    private static int Count(double recall, int questions) => (int)Math.Round(recall * questions);
}
