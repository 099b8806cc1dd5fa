using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Cosine search ordered by pgvector's <c>&lt;=&gt;</c> distance, so the HNSW index serves it; the score is the cosine
/// similarity (1 − distance). With filters, an iterative index scan (pgvector 0.8+) keeps looking until enough rows pass.
/// </summary>
internal static class PostgresVectorSearch
{
    /// <param name="dimensions">The recorded embedder's dimensions (the column is typed <c>vector(N)</c>); null before one is.</param>
    public static async Task<IReadOnlyList<ScoredChunk>> SearchAsync(
        NpgsqlConnection connection, ReadOnlyMemory<float> query, SearchFilters filters, int limit, int? dimensions, int efSearch, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresMeta.TuneVectorSearchAsync(connection, transaction, Math.Max(efSearch, limit), cancellationToken).ConfigureAwait(false);
        await using var command = Build(query.Span, filters, limit, columnTyped: dimensions is not null);
        command.Connection = connection;
        command.Transaction = transaction;
        var results = new List<ScoredChunk>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                results.Add(new ScoredChunk(reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    public static NpgsqlCommand Build(ReadOnlySpan<float> query, SearchFilters filters, int limit, bool columnTyped)
    {
        var command = new NpgsqlCommand();
        var where = PostgresFilterClause.Build(filters, command);
        var join = where.Length == 0 ? string.Empty : "JOIN documents d ON d.id = c.document_id";

        // Before an embedder is recorded the column holds vectors of any length; comparing different lengths is an error.
        var sameLength = columnTyped ? string.Empty : " AND vector_dims(c.embedding) = @dims";
        command.CommandText = $"""
            SELECT c.id, c.document_id, 1 - (c.embedding <=> @query::vector) AS score
            FROM chunks c {join}
            WHERE c.embedding IS NOT NULL{sameLength}{where}
            ORDER BY c.embedding <=> @query::vector
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("query", VectorLiteral.Format(query));
        command.Parameters.AddWithValue("limit", limit);
        if (!columnTyped)
        {
            command.Parameters.AddWithValue("dims", query.Length);
        }

        return command;
    }
}
