using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The FTS5 query, returning (chunk id, document id, bm25, text, title). Without filters the ranking runs on the index alone and only
/// the best rows are joined; with filters the join to documents restricts the candidates before ranking.
/// </summary>
internal static class SqliteLexicalSql
{
    public static string Build(SearchFilters filters, SqliteCommand command)
    {
        if (SqliteFilterClause.IsEmpty(filters))
        {
            return """
                SELECT c.id, c.document_id, f.score, c.text, d.title
                FROM (SELECT rowid, bm25(chunks_fts, $titleWeight, $bodyWeight) AS score
                      FROM chunks_fts WHERE chunks_fts MATCH $match ORDER BY score LIMIT $limit) f
                JOIN chunks c ON c.rowid = f.rowid JOIN documents d ON d.id = c.document_id
                ORDER BY f.score
                """;
        }

        var where = SqliteFilterClause.Build(filters, command);
        return $"""
            SELECT c.id, c.document_id, bm25(chunks_fts, $titleWeight, $bodyWeight) AS score, c.text, d.title
            FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid JOIN documents d ON d.id = c.document_id
            WHERE chunks_fts MATCH $match{where}
            ORDER BY score LIMIT $limit
            """;
    }
}
