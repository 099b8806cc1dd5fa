using System.Diagnostics;
using System.Globalization;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;
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

        var lexical = await AlternateAsync(questions.Count, (store, i) => store.SearchLexicalAsync(questions[i], SearchFilters.None, 10, CancellationToken.None), unanalyzed, analyzed);
        var vectors = questions.Select(q => KtitanCorpus.Embedder.Embed(q)).ToList();
        var vector = await AlternateAsync(questions.Count, (store, i) => store.SearchVectorAsync(vectors[i], SearchFilters.None, 10, CancellationToken.None), unanalyzed, analyzed);
        log.WriteLine($"top 10, {questions.Count} questions alternating between the stores (p50 / p95):");
        log.WriteLine($"  lexical without ANALYZE {lexical.Before.P50:F1} / {lexical.Before.P95:F1} ms, with ANALYZE {lexical.After.P50:F1} / {lexical.After.P95:F1} ms");
        log.WriteLine($"  vector  without ANALYZE {vector.Before.P50:F1} / {vector.Before.P95:F1} ms, with ANALYZE {vector.After.P50:F1} / {vector.After.P95:F1} ms");
        log.WriteLine($"question 1: {questions[0]}");
        log.WriteLine("--- without ANALYZE ---");
        log.WriteLine(await ExplainAsync(unanalyzedTarget.ConnectionString, questions[0], unanalyzedOptions));
        log.WriteLine("--- with ANALYZE ---");
        log.WriteLine(await ExplainAsync(analyzedTarget.ConnectionString, questions[0], PostgresDocumentStoreOptions.Default));
        log.WriteLine("--- vector, without ANALYZE ---");
        log.WriteLine(await ExplainVectorAsync(unanalyzedTarget.ConnectionString, vectors[0]));
        log.WriteLine("--- vector, with ANALYZE ---");
        log.WriteLine(await ExplainVectorAsync(analyzedTarget.ConnectionString, vectors[0]));
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

    /// <summary>Times each query on both stores, alternating which goes first so that neither always meets a warmer cache.</summary>
    private static async Task<(LatencySummary Before, LatencySummary After)> AlternateAsync<T>(
        int count, Func<PostgresDocumentStore, int, Task<T>> query, PostgresDocumentStore unanalyzed, PostgresDocumentStore analyzed)
    {
        var before = new List<double>(count);
        var after = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var first = i % 2 == 0 ? (unanalyzed, before) : (analyzed, after);
            var second = i % 2 == 0 ? (analyzed, after) : (unanalyzed, before);
            first.Item2.Add(await TimeAsync(first.Item1, i, query));
            second.Item2.Add(await TimeAsync(second.Item1, i, query));
        }

        return (LatencySummary.Of(before), LatencySummary.Of(after));
    }

    private static async Task<double> TimeAsync<T>(PostgresDocumentStore store, int i, Func<PostgresDocumentStore, int, Task<T>> query)
    {
        var started = Stopwatch.GetTimestamp();
        await query(store, i);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task<string> ExplainAsync(string connectionString, string question, PostgresDocumentStoreOptions options)
    {
        await using var command = PostgresLexicalSearch.Build(new KoreanTokenizer().TokenizeQuery(question), SearchFilters.None, Depth, options)
            ?? throw new InvalidOperationException("The question has no indexable term.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await ExplainAsync(connection, null, command);
    }

    /// <summary>The vector search as the store runs it: in a transaction with its HNSW settings.</summary>
    private static async Task<string> ExplainVectorAsync(string connectionString, float[] query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await PostgresMeta.TuneVectorSearchAsync(connection, transaction, PostgresDocumentStoreOptions.Default.HnswEfSearch, CancellationToken.None);
        await using var command = PostgresVectorSearch.Build(query, SearchFilters.None, 10, columnTyped: true);
        return await ExplainAsync(connection, transaction, command);
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, NpgsqlCommand command)
    {
        command.Connection = connection;
        command.Transaction = transaction;
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
