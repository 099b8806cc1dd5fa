using System.Globalization;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>The <c>diplo_meta</c> settings: the embedder's and the tokenizer's identities, and per-search tuning.</summary>
internal static class PostgresMeta
{
    public static async Task<EmbedderIdentity?> ReadEmbedderAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT value FROM diplo_meta WHERE key = 'embedder_id'), (SELECT value FROM diplo_meta WHERE key = 'embedder_dims')
            """,
            connection,
            transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.IsDBNull(0) || reader.IsDBNull(1)
            ? null
            : new EmbedderIdentity(reader.GetString(0), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Records the embedder on first use, under a lock so that concurrent first users agree; throws
    /// <see cref="EmbedderMismatchException"/> when the store was built by another.
    /// </summary>
    public static async Task EnsureEmbedderAsync(NpgsqlConnection connection, EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':embedder'))", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var stored = await ReadEmbedderAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            if (stored != embedder)
            {
                throw new EmbedderMismatchException(stored, embedder);
            }

            return;
        }

        await WriteEmbedderAsync(connection, transaction, embedder, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the embedder and gives the vector column its dimension.</summary>
    public static async Task WriteEmbedderAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(PostgresDocumentWriter.Command(
            "INSERT INTO diplo_meta (key, value) VALUES ('embedder_id', @id), ('embedder_dims', @dims)",
            ("id", embedder.ModelId),
            ("dims", embedder.Dimensions.ToString(CultureInfo.InvariantCulture))));
        foreach (var statement in PostgresSchema.TypeVectorColumnSql(embedder.Dimensions).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records another embedder in place of the stored one (the caller has retyped the vector column).</summary>
    public static async Task ReplaceEmbedderAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO diplo_meta (key, value) VALUES ('embedder_id', @id), ('embedder_dims', @dims)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", embedder.ModelId);
        command.Parameters.AddWithValue("dims", embedder.Dimensions.ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts, the newest publication date and the recorded embedder and tokenizer, in one round trip.</summary>
    public static async Task<StoreStatistics> ReadStatisticsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM documents)::int, (SELECT chunk_count FROM diplo_stats WHERE id = 1)::int,
                   (SELECT max(published) FROM documents), (SELECT value FROM diplo_meta WHERE key = 'embedder_id'),
                   (SELECT value FROM diplo_meta WHERE key = 'tokenizer_id')
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(
            reader.GetInt32(0),
            reader.GetInt32(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    /// <summary>The identity of the tokenizer that made the stored lexemes, or null for a store written before it was recorded.</summary>
    public static async Task<string?> ReadTokenizerAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT value FROM diplo_meta WHERE key = 'tokenizer_id'", connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public static async Task WriteTokenizerAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string identity, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO diplo_meta (key, value) VALUES ('tokenizer_id', @id) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            connection,
            transaction);
        command.Parameters.AddWithValue("id", identity);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Widens the HNSW candidate list for this transaction so that a search of <paramref name="efSearch"/> rows can fill, and
    /// lets the index scan continue past rows the filters reject (pgvector 0.8+), keeping results in exact distance order.
    /// Sequential scans are priced out for the transaction: the planner counts pgvector's distance as a cheap operator, so once
    /// the table is analyzed it reads and sorts every vector of a small table (2,512 chunks: 74 ms on PGlite against 6 ms by
    /// HNSW); other index paths (a selective filter's) stay open, and without an HNSW index the scan still runs.
    /// </summary>
    public static async Task TuneVectorSearchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int efSearch, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('hnsw.ef_search', @ef, true), set_config('hnsw.iterative_scan', 'strict_order', true), set_config('enable_seqscan', 'off', true)", connection, transaction);
        command.Parameters.AddWithValue("ef", Math.Min(efSearch, 1000).ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
