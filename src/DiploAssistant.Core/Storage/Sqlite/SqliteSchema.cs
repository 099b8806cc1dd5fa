using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The embedded store's schema, versioned with <c>PRAGMA user_version</c>. The FTS5 table holds app-side tokens
/// (joined by spaces) in two columns, title and body, so that bm25() can weight the title; it is contentless, keyed by
/// the chunk rowid. <c>meta.generation</c> increases with every write so readers in any process can tell their caches are stale.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT,
            url TEXT,
            uri TEXT NOT NULL,
            published TEXT,
            language TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            metadata TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
        CREATE INDEX IF NOT EXISTS documents_source ON documents (source COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS documents_language ON documents (language);
        CREATE TABLE IF NOT EXISTS chunks (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            text TEXT NOT NULL,
            token_count INTEGER NOT NULL,
            embedding BLOB
        );
        CREATE INDEX IF NOT EXISTS chunks_document ON chunks (document_id, ordinal);
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5 (
            title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab (chunks_fts, 'row');
        INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0');
        """;

    public static void Apply(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Version)
        {
            throw new DiploException(
                $"This store was written by a newer DiploAssistant (schema {version}; this version reads schema {Version}).");
        }

        if (version == Version)
        {
            return;
        }

        Scalar(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateSql + $"PRAGMA user_version = {Version};";
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
