using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using DiploAssistant.Core;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>
/// Reads an embedded store's file (<c>diplo.db</c>, schema 1) directly and read-only: its embedder and every document with
/// its chunks and vectors, in id order, and the remembered conversation turns. Documents and chunks are two cursors merged
/// by document id, so memory stays flat.
/// </summary>
internal sealed class SqliteStoreReader : IAsyncDisposable
{
    private readonly SqliteConnection _documents;
    private readonly SqliteConnection _chunks;

    private SqliteStoreReader(SqliteConnection documents, SqliteConnection chunks)
    {
        _documents = documents;
        _chunks = chunks;
    }

    public static async Task<SqliteStoreReader> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetFullPath(dataDirectory), SqliteDocumentStore.FileName);
        if (!File.Exists(path))
        {
            throw new DiploException($"There is no SQLite store at {path}.");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var documents = new SqliteConnection(connectionString);
        var chunks = new SqliteConnection(connectionString);
        await documents.OpenAsync(cancellationToken).ConfigureAwait(false);
        await chunks.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new SqliteStoreReader(documents, chunks);
    }

    public async Task<EmbedderIdentity?> ReadEmbedderAsync(CancellationToken cancellationToken)
    {
        using var command = _documents.CreateCommand();
        command.CommandText = """
            SELECT (SELECT value FROM meta WHERE key = 'embedder_id'), (SELECT value FROM meta WHERE key = 'embedder_dims')
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.IsDBNull(0) || reader.IsDBNull(1)
            ? null
            : new EmbedderIdentity(reader.GetString(0), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture));
    }

    public async IAsyncEnumerable<StoredDocument> ReadDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var documentCommand = _documents.CreateCommand();
        documentCommand.CommandText = """
            SELECT id, title, source, url, uri, published, language, content_hash, metadata, ingested_at
            FROM documents ORDER BY id
            """;
        using var chunkCommand = _chunks.CreateCommand();
        chunkCommand.CommandText = "SELECT document_id, id, ordinal, start, text, embedding FROM chunks ORDER BY document_id, ordinal";
        using var documents = await documentCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        using var chunks = await chunkCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hasChunk = await chunks.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (await documents.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var info = new DocumentInfo(
                documents.GetString(0),
                documents.GetString(1),
                documents.IsDBNull(2) ? null : documents.GetString(2),
                documents.IsDBNull(3) ? null : documents.GetString(3),
                documents.GetString(4),
                documents.IsDBNull(5) ? null : DateOnly.ParseExact(documents.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                documents.GetString(6));
            var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(documents.GetString(8)) ?? [];
            var ingestedAt = DateTimeOffset.Parse(documents.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

            // Both cursors are in SQLite's binary (UTF-8 byte) order, so chunks of earlier ids (orphans) are skipped.
            while (hasChunk && CompareUtf8(chunks.GetString(0), info.Id) < 0)
            {
                hasChunk = await chunks.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            var documentChunks = new List<Chunk>();
            var embeddings = new List<ReadOnlyMemory<float>>();
            while (hasChunk && chunks.GetString(0) == info.Id)
            {
                documentChunks.Add(new Chunk(chunks.GetString(1), info.Id, chunks.GetInt32(2), chunks.GetString(4), chunks.GetInt32(3)));
                embeddings.Add(chunks.IsDBNull(5) ? ReadOnlyMemory<float>.Empty : MemoryMarshal.Cast<byte, float>((byte[])chunks.GetValue(5)).ToArray());
                hasChunk = await chunks.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            // The embedded store keeps chunks, not the whole article; the chunks' text stands in for it.
            var article = new Article(info, string.Join("\n\n", documentChunks.Select(c => c.Text)), metadata);
            yield return new StoredDocument(new DocumentUpsert(article, documents.GetString(7), documentChunks, embeddings), ingestedAt);
        }
    }

    /// <summary>Every remembered conversation turn, oldest first (none when the store predates conversation history).</summary>
    public async IAsyncEnumerable<StoredConversationTurn> ReadConversationTurnsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var exists = _documents.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'conversation_turns'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            yield break;
        }

        using var command = _documents.CreateCommand();
        command.CommandText = "SELECT conversation_id, question, standalone_question, answer, at FROM conversation_turns ORDER BY seq";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var turn = new ConversationTurn(reader.GetString(1), reader.GetString(2), reader.GetString(3), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero));
            yield return new StoredConversationTurn(reader.GetString(0), turn);
        }
    }

    private static int CompareUtf8(string left, string right) =>
        Encoding.UTF8.GetBytes(left).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(right));

    public async ValueTask DisposeAsync()
    {
        await _documents.DisposeAsync().ConfigureAwait(false);
        await _chunks.DisposeAsync().ConfigureAwait(false);
    }
}
