using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// The HNSW index on <c>chunks.embedding</c>, and when it is built. Inserting row by row into HNSW costs about 7× what one
/// build after the load does (pgvector 0.8.6, PostgreSQL 15, 20,000 random 512-d vectors: 92 s against 1 s + 13 s), so a
/// bulk load into a small store (<see cref="PostgresDocumentStoreOptions.DeferVectorIndexBelow"/>) drops the index and
/// builds it once at its end. The load holds a session advisory lock for its whole length: the server releases it when the
/// loader's connection ends, killed or not, and whoever next records the embedder or ends a load builds a missing index.
/// Until then vector searches scan exactly (right results, slower).
/// </summary>
internal static class PostgresVectorIndex
{
    private const string BulkLockSql = "hashtext(current_schema() || ':bulk')";
    private const string IsMissingSql = "SELECT to_regclass(quote_ident(current_schema()) || '.chunks_embedding') IS NULL";

    /// <summary>A load that changes nothing about the index (it is kept and written row by row).</summary>
    public static readonly IAsyncDisposable NoBulkLoad = new BulkLoad(null);

    /// <summary>
    /// Starts a bulk load on its own connection (kept open until the load ends): takes the bulk lock and drops the index of a
    /// small store. Another load already running keeps its lock and builds the index at its own end; this one then only writes.
    /// </summary>
    public static async Task<IAsyncDisposable> BeginBulkLoadAsync(
        NpgsqlConnection connection, PostgresDocumentStoreOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (await ScalarAsync(connection, null, $"SELECT pg_try_advisory_lock({BulkLockSql})", cancellationToken).ConfigureAwait(false) is not true)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return NoBulkLoad;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockEmbedderAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var chunks = Convert.ToInt64(
                await ScalarAsync(connection, transaction, "SELECT chunk_count FROM diplo_stats WHERE id = 1", cancellationToken).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
            if (chunks < options.DeferVectorIndexBelow)
            {
                await ScalarAsync(connection, transaction, "DROP INDEX IF EXISTS chunks_embedding", cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new BulkLoad(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Builds the index when it is missing, the vector column is typed for HNSW and no bulk load is running; true when built.</summary>
    public static async Task<bool> EnsureAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(connection, null, IsMissingSql, cancellationToken).ConfigureAwait(false) is not true)
        {
            return false;
        }

        if (await ScalarAsync(connection, null, $"SELECT pg_try_advisory_lock({BulkLockSql})", cancellationToken).ConfigureAwait(false) is not true)
        {
            return false;
        }

        try
        {
            return await BuildAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ScalarAsync(connection, null, $"SELECT pg_advisory_unlock({BulkLockSql})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<bool> BuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockEmbedderAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var stored = await PostgresMeta.ReadEmbedderAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Dimensions > PostgresSchema.MaxHnswDimensions)
        {
            return false;
        }

        // The graph is built in memory while it fits (70,000 512-d vectors: about 150 MB); beyond that the build slows.
        await ScalarAsync(connection, transaction, "SELECT set_config('maintenance_work_mem', '512MB', true)", cancellationToken).ConfigureAwait(false);
        await ScalarAsync(connection, transaction, PostgresSchema.CreateVectorIndexSql, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    // Taken before the index is dropped or built, as EnsureEmbedderAsync and a re-embedding take it before they change the column.
    private static Task<object?> LockEmbedderAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        ScalarAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':embedder'))", cancellationToken);

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The running load: at its end the index is built (when missing) and the lock released with the connection.</summary>
    private sealed class BulkLoad(NpgsqlConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            try
            {
                if (await ScalarAsync(connection, null, IsMissingSql, CancellationToken.None).ConfigureAwait(false) is true)
                {
                    await BuildAsync(connection, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                // A pooled connection is reset (DISCARD ALL, which releases advisory locks) before reuse; unlocking is still explicit.
                try
                {
                    await ScalarAsync(connection, null, $"SELECT pg_advisory_unlock({BulkLockSql})", CancellationToken.None).ConfigureAwait(false);
                }
                finally
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
