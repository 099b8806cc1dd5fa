using DiploAssistant.Core;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// The store's schema, in the connection's current schema (the first of its search path), migrated on first use:
/// each migration runs once, in a transaction, under an advisory lock so that replicas starting together apply it once,
/// and is recorded in <c>diplo_schema_version</c> (1: documents and chunks; 2: conversation turns; 3: the documents each turn's answer cited; 4: answers sent to chat channels, the feedback on them and the conversations' addresses for proactive sends; 5: the built-in Direct Line's transcripts and their numbered entries; 6: the conversations' watches; 7: wire-copy clusters, each document's cluster id, MinHash signature and LSH band keys). The vector column gets its dimension when the
/// embedder is recorded (<see cref="TypeVectorColumnSql"/>), and its HNSW index then or after a bulk load (<see cref="PostgresVectorIndex"/>).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>pgvector's HNSW index holds vectors of at most this many dimensions; larger ones are searched exactly.</summary>
    public const int MaxHnswDimensions = 2000;

    private static readonly string[] Migrations =
    [
        """
        CREATE EXTENSION IF NOT EXISTS vector;
        CREATE TABLE diplo_meta (
            key text PRIMARY KEY,
            value text NOT NULL
        );
        CREATE TABLE diplo_stats (
            id int PRIMARY KEY CHECK (id = 1),
            chunk_count bigint NOT NULL,
            token_total bigint NOT NULL
        );
        INSERT INTO diplo_stats (id, chunk_count, token_total) VALUES (1, 0, 0);
        CREATE TABLE documents (
            id text PRIMARY KEY,
            title text NOT NULL,
            source text,
            url text,
            uri text NOT NULL,
            published date,
            language text NOT NULL,
            content_hash text NOT NULL,
            metadata jsonb NOT NULL,
            ingested_at timestamptz NOT NULL
        );
        CREATE INDEX documents_published ON documents (published);
        CREATE INDEX documents_source ON documents (lower(source));
        CREATE INDEX documents_language ON documents (language);
        CREATE TABLE chunks (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            ordinal int NOT NULL,
            start int NOT NULL,
            text text NOT NULL,
            token_count int NOT NULL,
            lexemes tsvector NOT NULL,
            embedding vector
        );
        CREATE INDEX chunks_document ON chunks (document_id, ordinal);
        CREATE INDEX chunks_lexemes ON chunks USING gin (lexemes);
        """,
        """
        CREATE TABLE conversation_turns (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text NOT NULL,
            question text NOT NULL,
            standalone_question text NOT NULL,
            answer text NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE INDEX conversation_turns_conversation ON conversation_turns (conversation_id, seq);
        CREATE INDEX conversation_turns_at ON conversation_turns (at);
        """,
        """
        ALTER TABLE conversation_turns ADD COLUMN IF NOT EXISTS cited_documents text[] NOT NULL DEFAULT '{}';
        """,
        """
        CREATE TABLE sent_answers (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text NOT NULL,
            message_id text,
            question_id text,
            channel_id text,
            question text NOT NULL,
            answer text NOT NULL,
            citations jsonb NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE INDEX sent_answers_message ON sent_answers (conversation_id, message_id);
        CREATE INDEX sent_answers_question ON sent_answers (conversation_id, question_id);
        CREATE TABLE answer_feedback (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text NOT NULL,
            rated_id text NOT NULL,
            user_id text NOT NULL,
            channel_id text,
            reaction text NOT NULL,
            text text,
            at timestamptz NOT NULL,
            answer_seq bigint REFERENCES sent_answers (seq) ON DELETE SET NULL,
            UNIQUE (conversation_id, rated_id, user_id)
        );
        CREATE INDEX answer_feedback_at ON answer_feedback (at);
        CREATE TABLE conversation_addresses (
            conversation_id text PRIMARY KEY,
            channel_id text NOT NULL,
            reference text NOT NULL,
            seen_at timestamptz NOT NULL
        );
        """,
        """
        CREATE TABLE transcripts (
            id text PRIMARY KEY,
            user_id text NOT NULL,
            started boolean NOT NULL DEFAULT false,
            last_sequence bigint NOT NULL DEFAULT 0,
            last_used_at timestamptz NOT NULL
        );
        CREATE INDEX transcripts_last_used ON transcripts (last_used_at);
        CREATE TABLE transcript_entries (
            conversation_id text NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
            sequence bigint NOT NULL,
            payload text NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """,
        """
        CREATE TABLE watches (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text NOT NULL,
            channel_id text NOT NULL,
            query text NOT NULL,
            created_at timestamptz NOT NULL,
            last_digest_at timestamptz,
            pending text NOT NULL DEFAULT ''
        );
        CREATE INDEX watches_conversation ON watches (conversation_id, id);
        """,
        """
        CREATE TABLE document_clusters (
            document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            cluster_id text NOT NULL,
            signature bytea
        );
        CREATE INDEX document_clusters_cluster ON document_clusters (cluster_id);
        CREATE TABLE document_bands (
            band_key bigint NOT NULL,
            document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE
        );
        CREATE INDEX document_bands_key ON document_bands (band_key);
        CREATE INDEX document_bands_document ON document_bands (document_id);
        """,
    ];

    public static int Version => Migrations.Length;

    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            SELECT pg_advisory_xact_lock(hashtext('diplo_schema:' || current_schema()));
            CREATE TABLE IF NOT EXISTS diplo_schema_version (
                version int PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM diplo_schema_version", connection, transaction);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Version)
        {
            throw new DiploException(
                $"This database was written by a newer DiploAssistant (schema {current}; this version reads schema {Version}).");
        }

        for (var version = current + 1; version <= Version; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO diplo_schema_version (version) VALUES (@version)", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The HNSW index for cosine search (<see cref="PostgresVectorIndex"/> decides when it is built).</summary>
    public const string CreateVectorIndexSql = "CREATE INDEX IF NOT EXISTS chunks_embedding ON chunks USING hnsw (embedding vector_cosine_ops)";

    /// <summary>Fixes the vector column's dimension once the embedder is known; its index follows (<see cref="PostgresVectorIndex.EnsureAsync"/>).</summary>
    public static string TypeVectorColumnSql(int dimensions) => $"ALTER TABLE chunks ALTER COLUMN embedding TYPE vector({dimensions});";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
