using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// What <see cref="PostgresLexicalSearch"/> returns: each hit with its title and text, and the statistics the shared
/// re-ranking needs, read as SQLite reads them (the idf of each query term the index holds, document frequency counted
/// over chunks, and the average chunk length in terms).
/// </summary>
internal sealed record PostgresTermStatistics(
    IReadOnlyList<(ScoredChunk Hit, string Title, string Text)> Hits, Dictionary<string, double> Idf, double AverageLength)
{
    public static async Task<PostgresTermStatistics> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var hits = new List<(ScoredChunk, string, string)>();
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        double averageLength = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add((new ScoredChunk(reader.GetString(0), reader.GetString(1), reader.GetDouble(2)), reader.GetString(4), reader.GetString(3)));
            if (hits.Count > 1)
            {
                continue;
            }

            double chunks = reader.GetInt64(7);
            var terms = reader.GetFieldValue<string[]>(5);
            var frequencies = reader.GetFieldValue<long[]>(6);
            for (var i = 0; i < terms.Length; i++)
            {
                idf[terms[i]] = LexicalReranker.Idf(chunks, frequencies[i]);
            }

            averageLength = chunks > 0 ? reader.GetInt64(8) / chunks : 0;
        }

        return new PostgresTermStatistics(hits, idf, averageLength);
    }
}
