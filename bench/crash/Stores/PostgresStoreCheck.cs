using System.Globalization;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using Npgsql;

namespace DiploAssistant.Bench.Crash.Stores;

/// <summary>
/// Checks a Postgres store after a crash, reading only (apart from creating amcheck once): that no transaction of the killed
/// client is still open in the session (PGlite shares one), amcheck's <c>bt_index_check</c> with all heap tuples on every
/// B-tree index of the store's schema (when the server has amcheck; GIN and HNSW indexes have no checker here), and
/// consistency queries: no chunk without its document, no document without chunks, ordinals 0..n-1, every chunk with its
/// vector and with lexemes exactly when it has tokens, and <c>diplo_stats</c> equal to a recount. Fingerprints hash each
/// document's row, chunks, lexemes and vectors (not when it was loaded, nor the chunks' sequence numbers).
/// </summary>
internal static class PostgresStoreCheck
{
    public const string Description =
        "no transaction of the killed client left open in the session, amcheck `bt_index_check(index, heapallindexed => true)` on every " +
        "B-tree index of the store's schema, no chunk without its document, every document has chunks 0..n-1, every chunk has its " +
        "vector and has lexemes exactly when it has tokens, `diplo_stats` equal to a recount";

    private const int MaxProblems = 50;

    public static async Task<(SqliteStoreCheckReport Report, IReadOnlyList<string> Notes)> RunAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Unpooled, so the one connection PGlite serves is free again as soon as the check ends.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var notes = new List<string>();
        await using var connection = await OpenAsync(unpooled, notes, cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();

        // Outside any transaction of ours, a write transaction in progress in this session can only be the killed client's.
        if (await ScalarAsync(connection, "SELECT txid_current_if_assigned()::text", cancellationToken).ConfigureAwait(false) is { } open)
        {
            problems.Add($"transaction {open} of the killed client is still open in the session");
        }

        problems.AddRange(await IndexCheckAsync(connection, notes, cancellationToken).ConfigureAwait(false));
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        problems.AddRange(await StringsAsync(connection, """
            SELECT 'chunk ' || c.id || ' has no document' FROM chunks c
            WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)
            UNION ALL
            SELECT 'document ' || d.id || ' has no chunks' FROM documents d
            WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.document_id = d.id)
            UNION ALL
            SELECT 'document ' || document_id || ' has chunk ordinals that are not 0..' || (count(*) - 1) FROM chunks
            GROUP BY document_id HAVING min(ordinal) <> 0 OR max(ordinal) <> count(*) - 1 OR count(DISTINCT ordinal) <> count(*)
            UNION ALL
            SELECT 'chunk ' || id || ' has no vector' FROM chunks WHERE embedding IS NULL
            UNION ALL
            SELECT 'chunk ' || id || ' has ' || token_count || ' tokens but ' || length(lexemes) || ' lexemes' FROM chunks
            WHERE (length(lexemes) = 0) <> (token_count = 0)
            UNION ALL
            SELECT 'diplo_stats says ' || s.chunk_count || ' chunks and ' || s.token_total || ' tokens; a recount finds ' || r.chunks || ' and ' || r.tokens
            FROM diplo_stats s, (SELECT count(*) AS chunks, coalesce(sum(token_count), 0) AS tokens FROM chunks) r
            WHERE s.id = 1 AND (s.chunk_count <> r.chunks OR s.token_total <> r.tokens)
            """, cancellationToken).ConfigureAwait(false));
        var fingerprints = await FingerprintsAsync(connection, cancellationToken).ConfigureAwait(false);
        var chunks = int.Parse((await ScalarAsync(connection, "SELECT count(*)::text FROM chunks", cancellationToken).ConfigureAwait(false))!, CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (new SqliteStoreCheckReport(fingerprints.Count, chunks, problems.Take(MaxProblems).ToList(), fingerprints), notes);
    }

    /// <summary>
    /// Opens a connection, retrying for up to 2 minutes: just after a kill PGlite's socket server drops new connections until
    /// it has torn down the killed one, which waits for the statement that client left running (seen to take over 30 s on a
    /// loaded machine). Each refusal is noted, so the results say how often it happened.
    /// </summary>
    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, List<string> notes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                {
                    notes.Add($"the check's connection was refused {attempt - 1} times right after a kill before it was accepted");
                }

                return connection;
            }
            catch (NpgsqlException e) when (attempt < 120)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                if (attempt == 1)
                {
                    notes.Add($"first refusal: {e.Message}");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<List<string>> IndexCheckAsync(NpgsqlConnection connection, List<string> notes, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public", cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            notes.Add($"amcheck is not available on this server ({e.MessageText}); B-tree indexes were not verified");
            return [];
        }

        var indexes = await StringsAsync(connection, """
            SELECT c.oid::regclass::text FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE am.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1
            """, cancellationToken).ConfigureAwait(false);
        notes.Add($"amcheck verified {indexes.Count} B-tree indexes per store ({string.Join(", ", indexes)})");
        var problems = new List<string>();
        foreach (var index in indexes)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT public.bt_index_check(@index::regclass, true)", connection);
                command.Parameters.AddWithValue("index", index);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e)
            {
                problems.Add($"bt_index_check({index}): {e.MessageText}");
            }
        }

        return problems;
    }

    private static async Task<Dictionary<string, string>> FingerprintsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT d.id, d.title, d.source, d.url, d.uri, d.published::text, d.language, d.content_hash, d.metadata::text,
                   c.id, c.ordinal::text, c.start::text, c.text, c.token_count::text, c.lexemes::text, c.embedding::text
            FROM documents d LEFT JOIN chunks c ON c.document_id = d.id
            ORDER BY d.id COLLATE "C", c.ordinal
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await DocumentFingerprints.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
