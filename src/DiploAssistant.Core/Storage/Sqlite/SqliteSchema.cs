using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The embedded store's schema, versioned with <c>PRAGMA user_version</c>: each migration runs once, in order, in one
/// immediate transaction that re-reads the version, so an older store is upgraded in place by whichever process opens it
/// first. Version 1: documents, chunks and their index; version 2: conversation turns; version 3: the
/// log of changed documents (<see cref="DocumentChangeLog"/>) that lets vector caches catch up without a full reload; version 4: the
/// documents each conversation turn's answer cited (one id a line), which its follow-up prefers; version 5: answers sent to chat
/// channels, the feedback on them and the conversations' addresses for proactive sends; version 6: the conversations' watches
/// (<see cref="Channels.SqliteWatchStore"/>). Version 7:
/// wire-copy clusters, each document's cluster id and MinHash signature and its LSH band keys (a document stored before has
/// no row and is its own cluster). The FTS5 table holds app-side tokens
/// (joined by spaces) in two columns, title and body, so that bm25() can weight the title; it is contentless, keyed by
/// the chunk rowid. <c>meta.generation</c> increases with every write so readers in any process can tell their caches are stale.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
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
        """,
        """
        CREATE TABLE IF NOT EXISTS conversation_turns (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            question TEXT NOT NULL,
            standalone_question TEXT NOT NULL,
            answer TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS conversation_turns_conversation ON conversation_turns (conversation_id, seq);
        CREATE INDEX IF NOT EXISTS conversation_turns_at ON conversation_turns (at);
        """,
        """
        CREATE TABLE IF NOT EXISTS document_changes (
            generation INTEGER NOT NULL,
            document_id TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS document_changes_generation ON document_changes (generation);
        INSERT OR IGNORE INTO meta (key, value) SELECT 'changes_from', value FROM meta WHERE key = 'generation';
        """,
        """
        ALTER TABLE conversation_turns ADD COLUMN cited_documents TEXT NOT NULL DEFAULT '';
        """,
        """
        CREATE TABLE IF NOT EXISTS sent_answers (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            message_id TEXT,
            question_id TEXT,
            channel_id TEXT,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            citations TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sent_answers_message ON sent_answers (conversation_id, message_id);
        CREATE INDEX IF NOT EXISTS sent_answers_question ON sent_answers (conversation_id, question_id);
        CREATE TABLE IF NOT EXISTS answer_feedback (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            rated_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            channel_id TEXT,
            reaction TEXT NOT NULL,
            text TEXT,
            at INTEGER NOT NULL,
            answer_seq INTEGER REFERENCES sent_answers (seq) ON DELETE SET NULL,
            UNIQUE (conversation_id, rated_id, user_id)
        );
        CREATE INDEX IF NOT EXISTS answer_feedback_at ON answer_feedback (at);
        CREATE TABLE IF NOT EXISTS conversation_addresses (
            conversation_id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            reference TEXT NOT NULL,
            seen_at INTEGER NOT NULL
        );
        """,
        """
        CREATE TABLE IF NOT EXISTS watches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            query TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_digest_at INTEGER,
            pending TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX IF NOT EXISTS watches_conversation ON watches (conversation_id, id);
        """,
        """
        CREATE TABLE IF NOT EXISTS document_clusters (
            document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL,
            signature BLOB
        );
        CREATE INDEX IF NOT EXISTS document_clusters_cluster ON document_clusters (cluster_id);
        CREATE TABLE IF NOT EXISTS document_bands (
            band_key INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS document_bands_key ON document_bands (band_key);
        CREATE INDEX IF NOT EXISTS document_bands_document ON document_bands (document_id);
        """,
    ];

    public static int Version => Migrations.Length;

    public static void Apply(SqliteConnection connection)
    {
        if (ReadVersion(connection, null) == Version)
        {
            return;
        }

        // Outside the transaction: the journal mode cannot change inside one.
        Scalar(connection, null, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = ReadVersion(connection, transaction);
        for (var version = current + 1; version <= Version; version++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[version - 1] + $"PRAGMA user_version = {version};";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var version = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        return version <= Version
            ? version
            : throw new DiploException(
                $"This store was written by a newer DiploAssistant (schema {version}; this version reads schema {Version}).");
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
