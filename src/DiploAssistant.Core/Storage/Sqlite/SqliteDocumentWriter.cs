using System.Globalization;
using System.Text.Json;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite.Vectors;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Writes documents inside one open transaction with prepared commands (reused across documents for bulk loads).
/// The caller commits; a failure before commit leaves the previous version of every document intact.
/// </summary>
internal sealed class SqliteDocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly ITextTokenizer _tokenizer;
    private readonly string _ingestedAt;
    private readonly int? _dimensions;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _selectHash;
    private readonly SqliteCommand _deleteFts;
    private readonly SqliteCommand _deleteChunks;
    private readonly SqliteCommand _upsertDocument;
    private readonly SqliteCommand _insertChunk;
    private readonly SqliteCommand _insertFts;
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public SqliteDocumentWriter(
        SqliteConnection connection, SqliteTransaction transaction, ITextTokenizer tokenizer, DateTimeOffset now, int? dimensions)
    {
        _connection = connection;
        _transaction = transaction;
        _tokenizer = tokenizer;
        _ingestedAt = now.ToString("O", CultureInfo.InvariantCulture);
        _dimensions = dimensions;
        _selectHash = Prepare("SELECT content_hash FROM documents WHERE id = $id", "$id");
        _deleteFts = Prepare("DELETE FROM chunks_fts WHERE rowid IN (SELECT rowid FROM chunks WHERE document_id = $id)", "$id");
        _deleteChunks = Prepare("DELETE FROM chunks WHERE document_id = $id", "$id");
        _upsertDocument = Prepare(
            """
            INSERT INTO documents (id, title, source, url, uri, published, language, content_hash, metadata, ingested_at)
            VALUES ($id, $title, $source, $url, $uri, $published, $language, $hash, $metadata, $ingested)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source, url = excluded.url,
                uri = excluded.uri, published = excluded.published, language = excluded.language,
                content_hash = excluded.content_hash, metadata = excluded.metadata, ingested_at = excluded.ingested_at
            """,
            "$id", "$title", "$source", "$url", "$uri", "$published", "$language", "$hash", "$metadata", "$ingested");
        _insertChunk = Prepare(
            """
            INSERT INTO chunks (id, document_id, ordinal, start, text, token_count, embedding)
            VALUES ($id, $document, $ordinal, $start, $text, $tokens, $embedding) RETURNING rowid
            """,
            "$id", "$document", "$ordinal", "$start", "$text", "$tokens", "$embedding");
        _insertFts = Prepare("INSERT INTO chunks_fts (rowid, title, body) VALUES ($rowid, $title, $body)", "$rowid", "$title", "$body");
    }

    public UpsertOutcome Write(DocumentUpsert item)
    {
        var documentId = item.Article.Document.Id;
        _selectHash.Parameters["$id"].Value = documentId;
        var storedHash = _selectHash.ExecuteScalar() as string;
        if (storedHash == item.ContentHash)
        {
            return UpsertOutcome.Unchanged;
        }

        if (storedHash is not null)
        {
            _deleteFts.Parameters["$id"].Value = documentId;
            _deleteFts.ExecuteNonQuery();
            _deleteChunks.Parameters["$id"].Value = documentId;
            _deleteChunks.ExecuteNonQuery();
        }

        WriteDocument(item);
        var titleTokens = _tokenizer.TokenizeDocument(item.Article.Document.Title);
        var titleTerms = string.Join(' ', titleTokens);
        for (var i = 0; i < item.Chunks.Count; i++)
        {
            var chunk = item.Chunks[i];
            var embedding = item.Embeddings[i];
            var bodyTokens = _tokenizer.TokenizeDocument(chunk.Text);
            var parameters = _insertChunk.Parameters;
            parameters["$id"].Value = chunk.Id;
            parameters["$document"].Value = documentId;
            parameters["$ordinal"].Value = chunk.Ordinal;
            parameters["$start"].Value = chunk.Start;
            parameters["$text"].Value = chunk.Text;
            parameters["$tokens"].Value = titleTokens.Count + bodyTokens.Count;
            parameters["$embedding"].Value = embedding.IsEmpty ? DBNull.Value : EmbeddingBlob.ToBytes(embedding.Span);
            var rowId = (long)_insertChunk.ExecuteScalar()!;

            _insertFts.Parameters["$rowid"].Value = rowId;
            _insertFts.Parameters["$title"].Value = titleTerms;
            _insertFts.Parameters["$body"].Value = string.Join(' ', bodyTokens);
            _insertFts.ExecuteNonQuery();
        }

        _changed.Add(documentId);
        return storedHash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    /// <summary>Deletes a document, its chunks and their index rows; false when absent.</summary>
    public bool Remove(string documentId)
    {
        _deleteFts.Parameters["$id"].Value = documentId;
        _deleteFts.ExecuteNonQuery();
        var command = Prepare("DELETE FROM documents WHERE id = $id", "$id");
        command.Parameters["$id"].Value = documentId;
        var removed = command.ExecuteNonQuery() > 0;
        if (removed)
        {
            _changed.Add(documentId);
        }

        return removed;
    }

    /// <summary>
    /// Bumps the store generation when anything was written and logs which documents changed, so readers in any process
    /// bring their caches up to date.
    /// </summary>
    public void MarkGeneration()
    {
        if (_changed.Count > 0)
        {
            DocumentChangeLog.Record(_connection, _transaction, _changed);
        }
    }

    /// <summary>Checks an item before anything is written, so a bad item never leaves a half-written document.</summary>
    public void Validate(DocumentUpsert item)
    {
        ArgumentNullException.ThrowIfNull(item.Article);
        ArgumentException.ThrowIfNullOrEmpty(item.ContentHash);
        if (item.Chunks.Count != item.Embeddings.Count)
        {
            throw new ArgumentException(
                $"Document '{item.Article.Document.Id}' has {item.Chunks.Count} chunks but {item.Embeddings.Count} embeddings.",
                nameof(item));
        }

        foreach (var chunk in item.Chunks)
        {
            if (chunk.DocumentId != item.Article.Document.Id)
            {
                throw new ArgumentException($"Chunk '{chunk.Id}' belongs to '{chunk.DocumentId}', not '{item.Article.Document.Id}'.", nameof(item));
            }
        }

        if (_dimensions is { } dimensions && item.Embeddings.Any(e => !e.IsEmpty && e.Length != dimensions))
        {
            throw new ArgumentException(
                $"Document '{item.Article.Document.Id}' has embeddings whose length is not the store's {dimensions} dimensions.", nameof(item));
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    private void WriteDocument(DocumentUpsert item)
    {
        var document = item.Article.Document;
        var parameters = _upsertDocument.Parameters;
        parameters["$id"].Value = document.Id;
        parameters["$title"].Value = document.Title;
        parameters["$source"].Value = (object?)document.Source ?? DBNull.Value;
        parameters["$url"].Value = (object?)document.Url ?? DBNull.Value;
        parameters["$uri"].Value = document.Uri;
        parameters["$published"].Value = document.Published is { } p ? SqliteFilterClause.Format(p) : DBNull.Value;
        parameters["$language"].Value = document.Language;
        parameters["$hash"].Value = item.ContentHash;
        parameters["$metadata"].Value = JsonSerializer.Serialize(item.Article.Metadata);
        parameters["$ingested"].Value = _ingestedAt;
        _upsertDocument.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        _commands.Add(command);
        return command;
    }
}
