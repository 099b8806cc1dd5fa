using System.Text.Json;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Clusters;
using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Writes a batch of documents inside one open transaction in a fixed number of round trips, however many documents:
/// lock the ids (advisory transaction locks, in id order so that writers never deadlock) and read their hashes; delete the
/// old chunks of changed documents; upsert the documents, insert every chunk (multi-row, from arrays) and adjust the
/// corpus statistics BM25 needs; then cluster the changed documents with their wire copies (<see cref="WireCopyClusterer"/>,
/// a few round trips per document). The caller commits; a failure before commit leaves every previous version intact.
/// </summary>
internal sealed class PostgresDocumentWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly ITextTokenizer _tokenizer;
    private readonly DateTimeOffset _now;
    private readonly IReadOnlyDictionary<string, DateTimeOffset>? _importedAt;

    /// <param name="importedAt">Ingestion times to keep (a migration copies them); other documents are ingested <paramref name="now"/>.</param>
    public PostgresDocumentWriter(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        ITextTokenizer tokenizer,
        DateTimeOffset now,
        IReadOnlyDictionary<string, DateTimeOffset>? importedAt = null)
    {
        _connection = connection;
        _transaction = transaction;
        _tokenizer = tokenizer;
        _now = now.ToUniversalTime();
        _importedAt = importedAt;
    }

    /// <summary>Checks an item before anything is written, so a bad item never leaves a half-written document.</summary>
    public static void Validate(DocumentUpsert item, int? dimensions)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Article);
        ArgumentNullException.ThrowIfNull(item.Chunks);
        ArgumentNullException.ThrowIfNull(item.Embeddings);
        ArgumentException.ThrowIfNullOrEmpty(item.ContentHash);
        var id = item.Article.Document.Id;
        if (item.Chunks.Count != item.Embeddings.Count)
        {
            throw new ArgumentException($"Document '{id}' has {item.Chunks.Count} chunks but {item.Embeddings.Count} embeddings.", nameof(item));
        }

        if (item.Chunks.FirstOrDefault(c => c.DocumentId != id) is { } stray)
        {
            throw new ArgumentException($"Chunk '{stray.Id}' belongs to '{stray.DocumentId}', not '{id}'.", nameof(item));
        }

        if (dimensions is { } d && item.Embeddings.Any(e => !e.IsEmpty && e.Length != d))
        {
            throw new ArgumentException($"Document '{id}' has embeddings whose length is not the store's {d} dimensions.", nameof(item));
        }
    }

    public async Task<UpsertOutcome[]> WriteAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken)
    {
        var ids = documents.Select(d => d.Article.Document.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var stored = await LockAndReadHashesAsync(ids, cancellationToken).ConfigureAwait(false);

        // Outcomes follow the order given (a repeated id sees the version before it); only each id's last version is written.
        var outcomes = new UpsertOutcome[documents.Count];
        var latest = new Dictionary<string, DocumentUpsert>(StringComparer.Ordinal);
        var existed = new HashSet<string>(stored.Keys, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var item = documents[i];
            var id = item.Article.Document.Id;
            var current = latest.TryGetValue(id, out var pending) ? pending.ContentHash : stored.GetValueOrDefault(id);
            if (current == item.ContentHash)
            {
                outcomes[i] = UpsertOutcome.Unchanged;
                continue;
            }

            outcomes[i] = current is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
            latest[id] = item;
        }

        var changed = latest.Values.Where(d => stored.GetValueOrDefault(d.Article.Document.Id) != d.ContentHash).ToList();
        if (changed.Count > 0)
        {
            var replaced = changed.Select(d => d.Article.Document.Id).Where(existed.Contains).ToArray();
            var (removedChunks, removedTokens) = await DeleteChunksAsync(replaced, cancellationToken).ConfigureAwait(false);
            await InsertAsync(changed, -removedChunks, -removedTokens, cancellationToken).ConfigureAwait(false);
            var clusters = new PostgresClusterRows(_connection, _transaction);
            await clusters.LockAsync(cancellationToken).ConfigureAwait(false);
            var clusterer = new WireCopyClusterer(clusters);
            foreach (var document in changed)
            {
                await clusterer.WriteAsync(document.Article.Document, document.Signature, existed.Contains(document.Article.Document.Id), cancellationToken).ConfigureAwait(false);
            }
        }

        return outcomes;
    }

    /// <summary>Deletes a document, its chunks and their statistics; false when absent.</summary>
    public async Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        var stored = await LockAndReadHashesAsync([documentId], cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return false;
        }

        var clusters = new PostgresClusterRows(_connection, _transaction);
        await clusters.LockAsync(cancellationToken).ConfigureAwait(false);
        await new WireCopyClusterer(clusters).LeaveAsync(documentId, cancellationToken).ConfigureAwait(false);
        var (chunks, tokens) = await DeleteChunksAsync([documentId], cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(_connection, _transaction);
        batch.BatchCommands.Add(Command("DELETE FROM documents WHERE id = @id", ("id", documentId)));
        batch.BatchCommands.Add(StatisticsUpdate(-chunks, -tokens));
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<Dictionary<string, string>> LockAndReadHashesAsync(string[] sortedIds, CancellationToken cancellationToken)
    {
        // Two statements, two snapshots: the hashes are read after the locks are held, so they are the latest committed.
        await using var batch = new NpgsqlBatch(_connection, _transaction);
        batch.BatchCommands.Add(Command(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':document:' || id)) FROM unnest(@ids::text[]) AS u(id)",
            ("ids", sortedIds)));
        batch.BatchCommands.Add(Command("SELECT id, content_hash FROM documents WHERE id = ANY(@ids)", ("ids", sortedIds)));
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    private async Task<(long Chunks, long Tokens)> DeleteChunksAsync(string[] documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Length == 0)
        {
            return (0, 0);
        }

        await using var command = new NpgsqlCommand(
            """
            WITH removed AS (DELETE FROM chunks WHERE document_id = ANY(@ids) RETURNING token_count)
            SELECT count(*), coalesce(sum(token_count), 0)::bigint FROM removed
            """,
            _connection,
            _transaction);
        command.Parameters.AddWithValue("ids", documentIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task InsertAsync(List<DocumentUpsert> documents, long chunkDelta, long tokenDelta, CancellationToken cancellationToken)
    {
        var rows = new ChunkRows(documents.Sum(d => d.Chunks.Count));
        foreach (var item in documents)
        {
            var titleTerms = _tokenizer.TokenizeDocument(item.Article.Document.Title);
            for (var i = 0; i < item.Chunks.Count; i++)
            {
                var bodyTerms = _tokenizer.TokenizeDocument(item.Chunks[i].Text);
                rows.Add(item.Chunks[i], titleTerms, bodyTerms, item.Embeddings[i]);
            }
        }

        await using var batch = new NpgsqlBatch(_connection, _transaction);
        batch.BatchCommands.Add(DocumentsUpsert(documents));
        batch.BatchCommands.Add(rows.ToInsert());
        batch.BatchCommands.Add(StatisticsUpdate(chunkDelta + rows.Count, tokenDelta + rows.TokenTotal));
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlBatchCommand DocumentsUpsert(List<DocumentUpsert> documents)
    {
        var command = Command(
            """
            INSERT INTO documents (id, title, source, url, uri, published, language, content_hash, metadata, ingested_at)
            SELECT u.id, u.title, u.source, u.url, u.uri, u.published, u.language, u.hash, u.metadata::jsonb, u.ingested
            FROM unnest(@ids::text[], @titles::text[], @sources::text[], @urls::text[], @uris::text[], @published::date[],
                        @languages::text[], @hashes::text[], @metadata::text[], @ingested::timestamptz[])
                 AS u(id, title, source, url, uri, published, language, hash, metadata, ingested)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source, url = excluded.url,
                uri = excluded.uri, published = excluded.published, language = excluded.language,
                content_hash = excluded.content_hash, metadata = excluded.metadata, ingested_at = excluded.ingested_at
            """,
            ("ids", documents.Select(d => d.Article.Document.Id).ToArray()),
            ("titles", documents.Select(d => d.Article.Document.Title).ToArray()),
            ("sources", documents.Select(d => d.Article.Document.Source).ToArray()),
            ("urls", documents.Select(d => d.Article.Document.Url).ToArray()),
            ("uris", documents.Select(d => d.Article.Document.Uri).ToArray()),
            ("languages", documents.Select(d => d.Article.Document.Language).ToArray()),
            ("hashes", documents.Select(d => d.ContentHash).ToArray()),
            ("metadata", documents.Select(d => JsonSerializer.Serialize(d.Article.Metadata)).ToArray()),
            ("ingested", documents.Select(IngestedAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.Array | NpgsqlDbType.Date)
        {
            Value = documents.Select(d => d.Article.Document.Published).ToArray(),
        });
        return command;
    }

    private DateTimeOffset IngestedAt(DocumentUpsert document) =>
        _importedAt is not null && _importedAt.TryGetValue(document.Article.Document.Id, out var at) ? at.ToUniversalTime() : _now;

    private static NpgsqlBatchCommand StatisticsUpdate(long chunkDelta, long tokenDelta) => Command(
        "UPDATE diplo_stats SET chunk_count = chunk_count + @chunks, token_total = token_total + @tokens WHERE id = 1",
        ("chunks", chunkDelta),
        ("tokens", tokenDelta));

    internal static NpgsqlBatchCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
