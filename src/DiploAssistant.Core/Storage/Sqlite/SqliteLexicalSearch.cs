using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// BM25 over the FTS5 index, then the first hits re-ranked by how well their best sentence covers the question
/// (<see cref="SentenceCoverageScorer"/>, with idf from the FTS5 vocabulary).
/// </summary>
internal sealed class SqliteLexicalSearch(SqliteConnection connection, ITextTokenizer tokenizer, SqliteDocumentStoreOptions options)
{
    public async Task<IReadOnlyList<ScoredChunk>> SearchAsync(
        IReadOnlyList<string> terms, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        var match = Fts5Query.Build(terms);
        if (match is null)
        {
            return [];
        }

        var rerank = options.SentenceWeight > 0;
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteLexicalSql.Build(filters, command);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", rerank ? Math.Max(limit, options.RerankDepth) : limit);
        command.Parameters.AddWithValue("$titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("$bodyWeight", options.BodyWeight);
        var hits = new List<(ScoredChunk Hit, string Text)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.Read())
            {
                // bm25() is lower-is-better; negate so that every ScoredChunk is higher-is-better.
                hits.Add((new ScoredChunk(reader.GetString(0), reader.GetString(1), -reader.GetDouble(2)), reader.GetString(3)));
            }
        }

        if (!rerank || hits.Count == 0)
        {
            return hits.Take(limit).Select(h => h.Hit).ToList();
        }

        var scorer = new SentenceCoverageScorer(tokenizer, ReadIdf(transaction, terms));
        var best = Math.Max(hits[0].Hit.Score, double.Epsilon);
        return hits
            .Select(h => h.Hit with { Score = (h.Hit.Score / best) + (options.SentenceWeight * scorer.Score(h.Text)) })
            .OrderByDescending(h => h.Score)
            .Take(limit)
            .ToList();
    }

    private Dictionary<string, double> ReadIdf(SqliteTransaction transaction, IReadOnlyList<string> terms)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT v.term, v.doc, (SELECT COUNT(*) FROM chunks)
            FROM chunks_vocab v WHERE v.term IN (SELECT value FROM json_each($terms))
            """;
        command.Parameters.AddWithValue("$terms", System.Text.Json.JsonSerializer.Serialize(terms.Distinct(StringComparer.Ordinal)));
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            double documents = reader.GetInt64(1);
            double total = reader.GetInt64(2);
            idf[reader.GetString(0)] = Math.Log(1 + ((total - documents + 0.5) / (documents + 0.5)));
        }

        return idf;
    }
}
