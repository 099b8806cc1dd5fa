using System.Text.Json;
using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The FTS5 ranking under filters without joining every match to its document: the matches are read best first from the
/// index alone (bm25, ties by rowid, as the single joined query ordered them), and only the rows read so far are checked
/// against the filters, in batches that double, until <c>limit</c> rows pass. A cross-lingual question's OR of glossary terms
/// matches thousands of chunks of which the first few hundred are enough; a filter that few matches pass still costs at most
/// about one check per match, as the join did.
/// </summary>
internal static class SqliteFilteredLexicalSearch
{
    private const int FirstBatch = 128;

    /// <summary>The best <paramref name="limit"/> matches that pass, best first, with their titles and texts (as the unfiltered query reads them).</summary>
    public static List<(ScoredChunk Hit, string Title, string Text)> Read(
        SqliteConnection connection, SqliteTransaction transaction, string match, SearchFilters filters, int limit, SqliteDocumentStoreOptions options)
    {
        using var ranking = connection.CreateCommand();
        ranking.Transaction = transaction;
        ranking.CommandText = """
            SELECT rowid, bm25(chunks_fts, $titleWeight, $bodyWeight) AS score
            FROM chunks_fts WHERE chunks_fts MATCH $match ORDER BY score, rowid
            """;
        ranking.Parameters.AddWithValue("$match", match);
        ranking.Parameters.AddWithValue("$titleWeight", options.TitleWeight);
        ranking.Parameters.AddWithValue("$bodyWeight", options.BodyWeight);

        // CROSS JOIN keeps the batch as the outer loop: otherwise the planner may start from an index on documents (all of a language).
        using var check = connection.CreateCommand();
        check.Transaction = transaction;
        var where = SqliteFilterClause.Build(filters, check);
        check.CommandText = $"""
            SELECT c.rowid, c.id, c.document_id, c.text, d.title
            FROM json_each($rowids) j CROSS JOIN chunks c ON c.rowid = j.value CROSS JOIN documents d ON d.id = c.document_id
            WHERE 1 = 1{where}
            """;
        var rowids = check.Parameters.Add(new SqliteParameter("$rowids", "[]"));

        var hits = new List<(ScoredChunk Hit, string Title, string Text)>(limit);
        var batch = new List<(long Rowid, double Score)>(FirstBatch);
        var batchSize = FirstBatch;
        using var reader = ranking.ExecuteReader();
        var more = true;
        while (more && hits.Count < limit)
        {
            batch.Clear();
            while (batch.Count < batchSize && (more = reader.Read()))
            {
                batch.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }

            if (batch.Count == 0)
            {
                break;
            }

            rowids.Value = JsonSerializer.Serialize(batch.Select(b => b.Rowid));
            var passed = new Dictionary<long, (string Id, string DocumentId, string Text, string Title)>();
            using (var rows = check.ExecuteReader())
            {
                while (rows.Read())
                {
                    passed[rows.GetInt64(0)] = (rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4));
                }
            }

            foreach (var (rowid, score) in batch)
            {
                if (hits.Count < limit && passed.TryGetValue(rowid, out var row))
                {
                    // bm25() is lower-is-better; negate so that every ScoredChunk is higher-is-better.
                    hits.Add((new ScoredChunk(row.Id, row.DocumentId, -score), row.Title, row.Text));
                }
            }

            batchSize *= 2;
        }

        return hits;
    }
}
