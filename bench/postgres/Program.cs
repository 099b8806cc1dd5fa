using System.Globalization;
using DiploAssistant.Bench;
using DiploAssistant.Bench.Postgres;
using DiploAssistant.Bench.Postgres.KorQuad;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Storage.Postgres;

// Ingest throughput and query latency of the SQLite and Postgres stores on the same data, side by side, in one run.
// Usage: dotnet run -c Release --project bench/postgres -- [ITEMS=5000] [QUESTIONS=200]           (ktitan items)
//        dotnet run -c Release --project bench/postgres -- korquad [--distractors] [--questions N] [--latency-sample N] [--index-per-row]  (also R@1/5/10; writes bench/results/)
//        dotnet run -c Release --project bench/postgres -- explain [ITEMS=5000] [QUESTIONS=100]     (lexical search with and without ANALYZE)
// Postgres: DIPLO_BENCH_POSTGRES (a connection string), else PGlite started from scripts/pglite (run install.sh first).
var root = RepositoryRoot.Find();
if (args.FirstOrDefault() == "korquad")
{
    var distractors = args.Contains("--distractors");
    var at = Array.IndexOf(args, "--questions");
    int? sample = at > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    var latencyAt = Array.IndexOf(args, "--latency-sample");
    var latencySample = latencyAt > 0 && latencyAt + 1 < args.Length
        ? int.Parse(args[latencyAt + 1], CultureInfo.InvariantCulture)
        : KorQuadStoreBenchmark.DefaultLatencySample;
    using var embedder = new HashingEmbedder();
    var corpus = KorQuadCorpus.Load(SharedDataLocator.Find(), distractors, sample, embedder);
    Console.WriteLine($"{corpus.Documents.Count} documents, {corpus.Documents.Sum(d => d.Chunks.Count)} chunks, {corpus.Questions.Count} questions");
    var work = Path.Combine(Path.GetTempPath(), "diplo-bench-" + Guid.NewGuid().ToString("N"));
    KorQuadStoreRun sqliteRun;
    await using (var store = new SqliteDocumentStore(work))
    {
        sqliteRun = await KorQuadStoreBenchmark.RunAsync("SQLite", store, corpus, embedder, latencySample, Console.Out);
    }

    Directory.Delete(work, recursive: true);
    // --index-per-row: the HNSW index kept through the load (written row by row), to compare with building it after the load.
    var options = args.Contains("--index-per-row") ? new PostgresDocumentStoreOptions { DeferVectorIndexBelow = 0 } : null;
    KorQuadStoreRun postgresRun;
    await using (var target = await PostgresTarget.StartAsync(root))
    await using (var store = new PostgresDocumentStore(target.ConnectionString, options: options))
    {
        postgresRun = await KorQuadStoreBenchmark.RunAsync(target.Name, store, corpus, embedder, latencySample, Console.Out);
    }

    var command = "dotnet run -c Release --project bench/postgres -- " + string.Join(' ', args);
    var path = KorQuadStoreResults.Write(Path.Combine(root, "bench", "results"), command, corpus, distractors, latencySample, sqliteRun, postgresRun, TimeProvider.System.GetUtcNow());
    ResultTable.Print(sqliteRun.Store, postgresRun.Store);
    Console.WriteLine($"results written to {path}");
    return 0;
}

if (args.FirstOrDefault() == "explain")
{
    var (planItems, planQuestions) = LexicalPlanBenchmark.ParseArguments(args);
    var planCorpus = KtitanCorpus.Load(Path.Combine(SharedDataLocator.Find(), "ktitan-news-rss", "ktitan_news_rss.jsonl"), planItems);
    Console.WriteLine($"{planCorpus.Documents.Count} documents, {planCorpus.Documents.Sum(d => d.Chunks.Count)} chunks");
    await LexicalPlanBenchmark.RunAsync(root, planCorpus, planCorpus.Questions(planQuestions), Console.Out);
    return 0;
}

var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var questions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var ktitan = KtitanCorpus.Load(Path.Combine(SharedDataLocator.Find(), "ktitan-news-rss", "ktitan_news_rss.jsonl"), items);
var sampled = ktitan.Questions(questions);
Console.WriteLine($"{ktitan.Documents.Count} documents, {ktitan.Documents.Sum(d => d.Chunks.Count)} chunks, {sampled.Count} questions");

var directory = Path.Combine(Path.GetTempPath(), "diplo-bench-" + Guid.NewGuid().ToString("N"));
StoreResult sqlite;
await using (var store = new SqliteDocumentStore(directory))
{
    sqlite = await StoreBenchmark.RunAsync("SQLite", store, ktitan, sampled);
}

Directory.Delete(directory, recursive: true);
StoreResult postgres;
await using (var target = await PostgresTarget.StartAsync(root))
await using (var store = new PostgresDocumentStore(target.ConnectionString))
{
    postgres = await StoreBenchmark.RunAsync(target.Name, store, ktitan, sampled);
}

ResultTable.Print(sqlite, postgres);
return 0;
