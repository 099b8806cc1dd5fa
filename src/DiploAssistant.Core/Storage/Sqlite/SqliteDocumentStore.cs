using System.Globalization;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite.Vectors;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (<c>diplo.db</c>, WAL) in a data directory holding documents, chunks, an FTS5
/// index of <see cref="ITextTokenizer"/> terms and float32 vectors searched by brute-force cosine from an in-memory cache.
/// Safe to share between threads and processes. The first open in a process brings the schema up to date and the search
/// terms up to the tokenizer's <see cref="ITextTokenizer.Identity"/> (<see cref="SqliteRetokenization"/>).
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore, IClusterReader
{
    public const string FileName = "diplo.db";

    private readonly string _connectionString;
    private readonly ITextTokenizer _tokenizer;
    private readonly TimeProvider _time;
    private readonly SqliteDocumentStoreOptions _options;
    private readonly ILogger _logger;
    private readonly VectorCache _vectors = new();
    private readonly CorpusStatisticsCache _statistics = new();
    private readonly SchemaInitializer _schema = new();

    public SqliteDocumentStore(
        string dataDirectory,
        ITextTokenizer? tokenizer = null,
        TimeProvider? timeProvider = null,
        SqliteDocumentStoreOptions? options = null,
        ILogger<SqliteDocumentStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        _options = options ?? SqliteDocumentStoreOptions.Default;
        _tokenizer = tokenizer ?? new KoreanTokenizer();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SqliteDocumentStore>.Instance;
        DataDirectory = Path.GetFullPath(dataDirectory);
        DatabasePath = Path.Combine(DataDirectory, FileName);
        if (_options.ReadOnly && !File.Exists(DatabasePath))
        {
            throw new DiploException($"There is no store at {DatabasePath}.");
        }

        if (!_options.ReadOnly)
        {
            Directory.CreateDirectory(DataDirectory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = _options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DataDirectory { get; }

    public string DatabasePath { get; }

    /// <summary>Opens an existing store for reading only (search, list); writes throw.</summary>
    public static SqliteDocumentStore OpenReadOnly(string dataDirectory, ITextTokenizer? tokenizer = null, SqliteDocumentStoreOptions? options = null) =>
        new(dataDirectory, tokenizer, null, (options ?? SqliteDocumentStoreOptions.Default) with { ReadOnly = true });

    /// <summary>The data directory used when none is configured: <c>.diplo</c> under <paramref name="baseDirectory"/>.</summary>
    public static string DefaultDataDirectory(string baseDirectory) => Path.GetFullPath(Path.Combine(baseDirectory, ".diplo"));

    public async Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: _options.ReadOnly);
        var stored = SqliteMeta.ReadEmbedder(connection, transaction);
        if (stored is null)
        {
            SqliteMeta.InsertEmbedder(connection, transaction, embedder);
            transaction.Commit();
        }
        else if (stored != embedder)
        {
            throw new EmbedderMismatchException(stored, embedder);
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash FROM documents WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(documentIds));
        return await DocumentRows.ReadContentHashesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores many documents in one transaction (bulk loads): all are written, or none.</summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var writer = new SqliteDocumentWriter(connection, transaction, _tokenizer, _time.GetUtcNow(), SqliteMeta.ReadEmbedder(connection, transaction)?.Dimensions);
        foreach (var document in documents)
        {
            writer.Validate(document);
        }

        using var clusterRows = new SqliteClusterRows(connection, transaction);
        var clusterer = new WireCopyClusterer(clusterRows);
        var outcomes = new UpsertOutcome[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes[i] = writer.Write(documents[i]);
            if (outcomes[i] != UpsertOutcome.Unchanged)
            {
                await clusterer.WriteAsync(documents[i].Article.Document, documents[i].Signature, outcomes[i] == UpsertOutcome.Updated, cancellationToken).ConfigureAwait(false);
            }
        }

        writer.MarkGeneration();
        transaction.Commit();
        return outcomes;
    }

    public async Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var writer = new SqliteDocumentWriter(connection, transaction, _tokenizer, _time.GetUtcNow(), null);
        using (var clusterRows = new SqliteClusterRows(connection, transaction))
        {
            await new WireCopyClusterer(clusterRows).LeaveAsync(documentId, cancellationToken).ConfigureAwait(false);
        }

        var removed = writer.Remove(documentId);
        writer.MarkGeneration();
        transaction.Commit();
        return removed;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentRows.DocumentColumns}, d.content_hash, d.ingested_at,
                   (SELECT COUNT(*) FROM chunks c WHERE c.document_id = d.id),
                   coalesce(k.cluster_id, d.id), (SELECT COUNT(*) FROM document_clusters m WHERE m.cluster_id = k.cluster_id)
            FROM documents d LEFT JOIN document_clusters k ON k.document_id = d.id ORDER BY d.published DESC, d.id
            """;
        var list = new List<DocumentSummary>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (reader.Read())
        {
            list.Add(new DocumentSummary(
                DocumentRows.ReadDocument(reader, 0),
                reader.GetInt32(9),
                reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
            {
                ClusterId = reader.GetString(10),
                ClusterSize = Math.Max(1, reader.GetInt32(11)),
            });
        }

        return list;
    }

    public async Task<IReadOnlyDictionary<string, DocumentCluster>> GetClustersAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new Dictionary<string, DocumentCluster>();
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteClusterReads.ReadAsync(connection, documentIds, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM chunks), (SELECT MAX(published) FROM documents),
                   (SELECT value FROM meta WHERE key = 'embedder_id'), (SELECT value FROM meta WHERE key = 'tokenizer_id')
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        reader.Read();
        return new StoreStatistics(
            reader.GetInt32(0),
            reader.GetInt32(1),
            reader.IsDBNull(2) ? null : DocumentRows.ReadDate(reader, 2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public async Task<IReadOnlyList<ScoredChunk>> SearchLexicalAsync(string question, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(filters);
        var terms = _tokenizer.TokenizeQuery(question);
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await new SqliteLexicalSearch(connection, _tokenizer, _options, _statistics).SearchAsync(terms, filters, limit, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ScoredChunk>> SearchVectorAsync(ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await _vectors.SearchAsync(connection, query, filters, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RetrievedChunk>> GetChunksAsync(IReadOnlyList<string> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        if (chunkIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentRows.ChunkColumns}, {DocumentRows.DocumentColumns}
            FROM chunks c JOIN documents d ON d.id = c.document_id
            WHERE c.id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(chunkIds));
        return await DocumentRows.ReadRetrievedInOrderAsync(command, chunkIds, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Chunk>> ListChunksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentRows.ChunkColumns} FROM chunks c ORDER BY c.document_id, c.ordinal";
        return await DocumentRows.ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReplaceEmbeddingsAsync(
        EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        embedder.CheckDimensions(embeddings);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteEmbeddingReplacement.Replace(connection, embedder, embeddings, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _vectors.Dispose();
        _schema.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>How many times this store's vector cache read every vector (for tests and benchmarks of the incremental cache).</summary>
    internal int VectorFullLoads => _vectors.FullLoads;

    /// <summary>An open connection on the store's database, its schema set up (for the conversation turns kept beside documents).</summary>
    internal Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        _schema.OpenAsync(
            new SqliteConnection(_connectionString),
            connection =>
            {
                using var pragmas = connection.CreateCommand();
                pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
                pragmas.ExecuteNonQuery();
            },
            (connection, _) =>
            {
                if (_options.ReadOnly)
                {
                    SqliteRetokenization.Verify(connection, _tokenizer);
                }
                else
                {
                    SqliteSchema.Apply(connection);
                    SqliteRetokenization.EnsureCurrent(connection, _tokenizer, _logger);
                }

                return Task.CompletedTask;
            },
            cancellationToken);
}
