using System.Globalization;
using DiploAssistant.Bench.Postgres;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Storage.Postgres;

// Ingest throughput and query latency of the SQLite and Postgres stores on the same ktitan items, side by side.
// Usage: dotnet run -c Release --project bench/postgres -- [ITEMS=5000] [QUESTIONS=200]
// Postgres: DIPLO_BENCH_POSTGRES (a connection string), else PGlite started from scripts/pglite (run install.sh first).
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var questions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var root = RepositoryRoot.Find();
var corpus = KtitanCorpus.Load(Path.Combine(root, "..", "shared", "data", "ktitan-news-rss", "ktitan_news_rss.jsonl"), items);
var sampled = corpus.Questions(questions);
Console.WriteLine($"{corpus.Documents.Count} documents, {corpus.Documents.Sum(d => d.Chunks.Count)} chunks, {sampled.Count} questions");

var directory = Path.Combine(Path.GetTempPath(), "diplo-bench-" + Guid.NewGuid().ToString("N"));
StoreResult sqlite;
await using (var store = new SqliteDocumentStore(directory))
{
    sqlite = await StoreBenchmark.RunAsync("SQLite", store, (batch, ct) => store.UpsertManyAsync(batch, ct), corpus, sampled);
}

Directory.Delete(directory, recursive: true);

var connectionString = Environment.GetEnvironmentVariable("DIPLO_BENCH_POSTGRES");
await using var pglite = string.IsNullOrWhiteSpace(connectionString) ? await PgliteServer.StartAsync(root) : null;
StoreResult postgres;
await using (var store = new PostgresDocumentStore(connectionString ?? pglite!.ConnectionString))
{
    postgres = await StoreBenchmark.RunAsync(pglite is null ? "Postgres" : "Postgres (PGlite)", store, (batch, ct) => store.UpsertManyAsync(batch, ct), corpus, sampled);
}

ResultTable.Print(sqlite, postgres);
