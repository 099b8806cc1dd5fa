using DiploAssistant.Core;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// What <c>diplo reindex</c> needs of the Postgres store: every chunk, and the atomic swap of every vector for another
/// embedder's. The swap is one transaction holding the embedder lock and an exclusive lock on <c>chunks</c> (readers keep
/// searching the old vectors until it commits; writers wait). A new dimension retypes the <c>vector(N)</c> column; the
/// HNSW index is dropped and rebuilt once the new vectors are in, which is faster than maintaining it row by row.
/// </summary>
internal static class PostgresEmbeddingReplacement
{
    private const int RowsPerStatement = 1000;

    public static async Task<IReadOnlyList<Chunk>> ListChunksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // COLLATE "C" orders ids by their UTF-8 bytes, as the SQLite store does.
        await using var command = new NpgsqlCommand(
            $"SELECT {DocumentRows.ChunkColumns} FROM chunks c ORDER BY c.document_id COLLATE \"C\", c.ordinal", connection);
        return await DocumentRows.ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public static async Task ReplaceAsync(
        NpgsqlConnection connection,
        EmbedderIdentity embedder,
        IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The embedder lock first, as EnsureEmbedderAsync takes it before it alters the table: no deadlock between them.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':embedder'))", cancellationToken)
            .ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "LOCK TABLE chunks IN EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
        var stored = await CountChunksAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var previous = await PostgresMeta.ReadEmbedderAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        await ExecuteAsync(connection, transaction, "DROP INDEX IF EXISTS chunks_embedding", cancellationToken).ConfigureAwait(false);
        if (previous?.Dimensions != embedder.Dimensions)
        {
            // Vectors of the old length cannot be cast to the new one; every row gets a new vector below, or all is rolled back.
            await ExecuteAsync(
                connection,
                transaction,
                $"ALTER TABLE chunks ALTER COLUMN embedding TYPE vector({embedder.Dimensions}) USING NULL",
                cancellationToken).ConfigureAwait(false);
        }

        var updated = 0L;
        foreach (var rows in embeddings.Chunk(RowsPerStatement))
        {
            updated += await UpdateAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        }

        if (updated != stored)
        {
            throw new DiploException($"The store changed while it was being re-embedded ({stored} chunks, {updated} re-embedded); run reindex again.");
        }

        if (embedder.Dimensions <= PostgresSchema.MaxHnswDimensions)
        {
            await ExecuteAsync(
                connection,
                transaction,
                PostgresSchema.CreateVectorIndexSql,
                cancellationToken).ConfigureAwait(false);
        }

        await PostgresMeta.ReplaceEmbedderAsync(connection, transaction, embedder, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, KeyValuePair<string, ReadOnlyMemory<float>>[] rows, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE chunks c SET embedding = u.embedding::vector
            FROM unnest(@ids::text[], @embeddings::text[]) AS u(id, embedding)
            WHERE c.id = u.id
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("ids", rows.Select(r => r.Key).ToArray());
        command.Parameters.AddWithValue("embeddings", rows.Select(r => VectorLiteral.Format(r.Value.Span)).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> CountChunksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM chunks", connection, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
