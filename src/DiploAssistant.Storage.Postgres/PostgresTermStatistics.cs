using DiploAssistant.Core.Retrieval;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// The statistics the shared re-ranking needs, read as SQLite reads them: the idf of each query term the index holds
/// (document frequency counted over chunks through the GIN index) and the average chunk length in terms.
/// </summary>
internal static class PostgresTermStatistics
{
    public static async Task<(Dictionary<string, double> Idf, double AverageLength)> ReadAsync(
        PostgresDocumentStore store, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var indexable = terms.Where(TextSearchLiteral.IsIndexable).Distinct(StringComparer.Ordinal).ToArray();
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            SELECT q.term, (SELECT count(*) FROM chunks WHERE lexemes @@ q.query::tsquery),
                   (SELECT chunk_count FROM diplo_stats WHERE id = 1), (SELECT token_total FROM diplo_stats WHERE id = 1)
            FROM unnest(@terms::text[], @queries::text[]) AS q(term, query)
            """,
            connection);
        command.Parameters.AddWithValue("terms", indexable);
        command.Parameters.AddWithValue("queries", indexable.Select(TextSearchLiteral.Quote).ToArray());
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        double chunks = 0, tokens = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chunks = reader.GetInt64(2);
            tokens = reader.GetInt64(3);
            var frequency = reader.GetInt64(1);
            if (frequency > 0)
            {
                idf[reader.GetString(0)] = LexicalReranker.Idf(chunks, frequency);
            }
        }

        return (idf, chunks > 0 ? tokens / chunks : 0);
    }
}
