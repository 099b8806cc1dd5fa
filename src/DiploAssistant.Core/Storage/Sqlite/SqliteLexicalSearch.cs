using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// BM25 over the FTS5 index for candidates, then the first hits re-ranked by <see cref="PassageScorer"/>
/// (tunable BM25 and best-sentence coverage, with idf from the FTS5 vocabulary).
/// </summary>
internal sealed class SqliteLexicalSearch(
    SqliteConnection connection, ITextTokenizer tokenizer, SqliteDocumentStoreOptions options, CorpusStatisticsCache statistics)
{
    public async Task<IReadOnlyList<ScoredChunk>> SearchAsync(
        IReadOnlyList<string> terms, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Build(terms);
        if (match is null)
        {
            return [];
        }

        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteLexicalSql.Build(filters, command);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", options.Rerank ? Math.Max(limit, options.RerankDepth) : limit);
        command.Parameters.AddWithValue("$titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("$bodyWeight", options.BodyWeight);
        var hits = new List<(ScoredChunk Hit, string Title, string Text)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.Read())
            {
                // bm25() is lower-is-better; negate so that every ScoredChunk is higher-is-better.
                hits.Add((new ScoredChunk(reader.GetString(0), reader.GetString(1), -reader.GetDouble(2)), Title: reader.GetString(4), Text: reader.GetString(3)));
            }
        }

        if (!options.Rerank || hits.Count == 0)
        {
            return hits.Take(limit).Select(h => h.Hit).ToList();
        }

        var (idf, averageLength) = ReadStatistics(transaction, terms);
        return LexicalReranker.Rerank(
            hits, tokenizer, idf, new PassageScoring(options.K1, options.B, options.TitleWeight, averageLength, options.TitleCoversSentences), options.SentenceWeight, limit);
    }

    private (Dictionary<string, double> Idf, double AverageLength) ReadStatistics(SqliteTransaction transaction, IReadOnlyList<string> terms)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var (total, averageLength) = statistics.Get(connection, transaction);

        // One equality lookup per term: fts5vocab answers "term = ?" from the index directly, while other shapes scan it.
        command.CommandText = "SELECT doc FROM chunks_vocab WHERE term = $term";
        var term = command.Parameters.Add(new SqliteParameter("$term", ""));
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms.Distinct(StringComparer.Ordinal))
        {
            term.Value = t;
            if (command.ExecuteScalar() is long documents)
            {
                idf[t] = LexicalReranker.Idf(total, documents);
            }
        }

        return (idf, averageLength);
    }
}
