using System.Diagnostics;
using System.Globalization;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Storage.Postgres;
using Npgsql;

namespace DiploAssistant.Bench.Postgres;

/// <summary>
/// What fresh planner statistics change in lexical search: the same ktitan items loaded into two Postgres stores, one that
/// analyzes after bulk writes (the default) and one that leaves statistics to autovacuum (none on PGlite); the same
/// questions then alternate between them (so both see the same machine load), timed, and the first question's lexical
/// SQL is shown under <c>EXPLAIN (ANALYZE, BUFFERS)</c> on each.
/// </summary>
internal static class LexicalPlanBenchmark
{
    private const int BatchSize = 64;
    private const int Depth = 20;

    public static async Task RunAsync(string root, KtitanCorpus corpus, IReadOnlyList<string> questions, TextWriter log)
    {
        var unanalyzedOptions = new PostgresDocumentStoreOptions { AnalyzeScaleFactor = null };
        await using var unanalyzedTarget = await PostgresTarget.StartAsync(root);
        await using var analyzedTarget = await PostgresTarget.StartAsync(root);
        await using var unanalyzed = new PostgresDocumentStore(unanalyzedTarget.ConnectionString, options: unanalyzedOptions);
        await using var analyzed = new PostgresDocumentStore(analyzedTarget.ConnectionString);
        var loadUnanalyzed = await LoadAsync(unanalyzed, corpus);
        var loadAnalyzed = await LoadAsync(analyzed, corpus);
        log.WriteLine($"ingest: without ANALYZE {loadUnanalyzed.TotalSeconds:F1} s, with ANALYZE after bulk writes {loadAnalyzed.TotalSeconds:F1} s");

        var times = (Unanalyzed: new List<double>(), Analyzed: new List<double>());
        for (var i = 0; i < questions.Count; i++)
        {
            // Alternate which store goes first, so neither is always the one with a warm cache.
            if (i % 2 == 0)
            {
                times.Unanalyzed.Add(await TimeAsync(unanalyzed, questions[i]));
                times.Analyzed.Add(await TimeAsync(analyzed, questions[i]));
            }
            else
            {
                times.Analyzed.Add(await TimeAsync(analyzed, questions[i]));
                times.Unanalyzed.Add(await TimeAsync(unanalyzed, questions[i]));
            }
        }

        var before = LatencySummary.Of(times.Unanalyzed);
        var after = LatencySummary.Of(times.Analyzed);
        log.WriteLine($"lexical (SearchLexicalAsync, top 10), {questions.Count} questions alternating between the stores:");
        log.WriteLine($"  without ANALYZE p50 {before.P50:F1} ms, p95 {before.P95:F1} ms");
        log.WriteLine($"  with ANALYZE    p50 {after.P50:F1} ms, p95 {after.P95:F1} ms");
        log.WriteLine($"question 1: {questions[0]}");
        log.WriteLine("--- without ANALYZE ---");
        log.WriteLine(await ExplainAsync(unanalyzedTarget.ConnectionString, questions[0], unanalyzedOptions));
        log.WriteLine("--- with ANALYZE ---");
        log.WriteLine(await ExplainAsync(analyzedTarget.ConnectionString, questions[0], PostgresDocumentStoreOptions.Default));
    }

    private static async Task<TimeSpan> LoadAsync(PostgresDocumentStore store, KtitanCorpus corpus)
    {
        await store.EnsureEmbedderAsync(KtitanCorpus.Embedder.Identity, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        foreach (var batch in corpus.Documents.Chunk(BatchSize))
        {
            await store.UpsertManyAsync(batch, CancellationToken.None);
        }

        return clock.Elapsed;
    }

    private static async Task<double> TimeAsync(PostgresDocumentStore store, string question)
    {
        var started = Stopwatch.GetTimestamp();
        await store.SearchLexicalAsync(question, SearchFilters.None, 10, CancellationToken.None);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task<string> ExplainAsync(string connectionString, string question, PostgresDocumentStoreOptions options)
    {
        await using var command = PostgresLexicalSearch.Build(new KoreanTokenizer().TokenizeQuery(question), SearchFilters.None, Depth, options)
            ?? throw new InvalidOperationException("The question has no indexable term.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        command.Connection = connection;
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Usage: <c>explain [ITEMS=5000] [QUESTIONS=100]</c>.</summary>
    public static (int Items, int Questions) ParseArguments(string[] args) => (
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100);
}
