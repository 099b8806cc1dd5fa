using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Keeps the planner's statistics of <c>chunks</c> and <c>documents</c> in step with bulk writes. The row count the store
/// keeps exactly (<c>diplo_stats.chunk_count</c>) is compared with the one the last ANALYZE left in
/// <c>pg_class.reltuples</c> (−1: never analyzed); when they differ by more than
/// <see cref="PostgresDocumentStoreOptions.AnalyzeThreshold"/> + <see cref="PostgresDocumentStoreOptions.AnalyzeScaleFactor"/>
/// × reltuples (autovacuum's rule), both tables are analyzed. A real server's autovacuum does this within a minute or so
/// (sooner than a bulk load's first queries only by luck); PGlite, one single-user backend, has no autovacuum at all.
/// Shared by many replicas: the check is one small query, and the ANALYZE runs under a try-lock (per schema), so one
/// replica analyzes while the others go on writing instead of queueing behind it; whoever writes next re-checks.
/// </summary>
internal static class PostgresPlannerStatistics
{
    /// <summary>Analyzes when stale; true when this call ran ANALYZE.</summary>
    public static async Task<bool> RefreshIfStaleAsync(NpgsqlConnection connection, PostgresDocumentStoreOptions options, CancellationToken cancellationToken)
    {
        if (options.AnalyzeScaleFactor is not { } scale)
        {
            return false;
        }

        await using (var check = new NpgsqlCommand(
            "SELECT s.chunk_count, c.reltuples::float8 FROM diplo_stats s, pg_class c WHERE s.id = 1 AND c.oid = 'chunks'::regclass",
            connection))
        {
            await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                || !IsStale(reader.GetInt64(0), reader.GetDouble(1), options.AnalyzeThreshold, scale))
            {
                return false;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var tryLock = new NpgsqlCommand(
            "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || ':analyze'))", connection, transaction))
        {
            if (await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                return false;
            }
        }

        // The chunks' text and vectors are left out: no plan uses statistics on them, and they are most of the bytes to read.
        await using (var analyze = new NpgsqlCommand("ANALYZE chunks (seq, id, document_id, token_count, lexemes); ANALYZE documents", connection, transaction))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Autovacuum's rule: changed rows above threshold + scale × rows at the last ANALYZE (reltuples &lt; 0: never).</summary>
    internal static bool IsStale(long rows, double analyzedRows, long threshold, double scale) =>
        analyzedRows < 0
            ? rows > threshold
            : Math.Abs(rows - analyzedRows) > threshold + (scale * analyzedRows);
}
