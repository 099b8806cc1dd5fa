namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The FTS5 query without filters, returning (chunk id, document id, bm25, text, title): the ranking runs on the index alone
/// and only the best rows are joined. With filters, <see cref="SqliteFilteredLexicalSearch"/> ranks.
/// </summary>
internal static class SqliteLexicalSql
{
    public const string Unfiltered = """
        SELECT c.id, c.document_id, f.score, c.text, d.title
        FROM (SELECT rowid, bm25(chunks_fts, $titleWeight, $bodyWeight) AS score
              FROM chunks_fts WHERE chunks_fts MATCH $match ORDER BY score LIMIT $limit) f
        JOIN chunks c ON c.rowid = f.rowid JOIN documents d ON d.id = c.document_id
        ORDER BY f.score
        """;
}
