using DiploAssistant.Core;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Clusters;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// The scale-out store: PostgreSQL with pgvector, shared by any number of processes. Documents, chunks with their
/// app-side lexical terms (a GIN-indexed <c>tsvector</c>, ranked by BM25 in SQL exactly as the SQLite store's FTS5 ranks
/// them) and their vectors (HNSW, cosine). Every write of one document is one transaction under an advisory lock on its id,
/// so concurrent writers of the same document leave exactly one version. The schema is created or migrated on first use, and
/// the lexemes brought up to the tokenizer's <see cref="ITextTokenizer.Identity"/> (<see cref="PostgresRetokenization"/>).
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore, IBulkLoadingStore, IClusterReader
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly ITextTokenizer _tokenizer;
    private readonly TimeProvider _time;
    private readonly PostgresDocumentStoreOptions _options;
    private readonly ILogger _logger;
    private readonly SchemaInitializer _schema = new();
    private int? _dimensions;

    /// <summary>A store on the database named by <paramref name="connectionString"/> (tables go in its first search-path schema).</summary>
    public PostgresDocumentStore(
        string connectionString,
        ITextTokenizer? tokenizer = null,
        TimeProvider? timeProvider = null,
        PostgresDocumentStoreOptions? options = null,
        ILogger<PostgresDocumentStore>? logger = null)
        : this(PostgresDataSourceFactory.Create(connectionString), ownsDataSource: true, tokenizer, timeProvider, options, logger)
    {
    }

    /// <summary>A store on a data source the caller owns (and disposes), e.g. one shared by several stores.</summary>
    public PostgresDocumentStore(
        NpgsqlDataSource dataSource,
        ITextTokenizer? tokenizer = null,
        TimeProvider? timeProvider = null,
        PostgresDocumentStoreOptions? options = null,
        ILogger<PostgresDocumentStore>? logger = null)
        : this(dataSource, ownsDataSource: false, tokenizer, timeProvider, options, logger)
    {
    }

    private PostgresDocumentStore(
        NpgsqlDataSource dataSource, bool ownsDataSource, ITextTokenizer? tokenizer, TimeProvider? timeProvider,
        PostgresDocumentStoreOptions? options, ILogger<PostgresDocumentStore>? logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _options = options ?? PostgresDocumentStoreOptions.Default;
        _options.Validate();
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _tokenizer = tokenizer ?? new KoreanTokenizer();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<PostgresDocumentStore>.Instance;
    }

    public async Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(embedder.Dimensions);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await PostgresMeta.EnsureEmbedderAsync(connection, embedder, cancellationToken).ConfigureAwait(false);
        _dimensions = embedder.Dimensions;
        await PostgresVectorIndex.EnsureAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drops the vector index of a small store until the load ends, then builds it once (<see cref="PostgresVectorIndex"/>).
    /// The load keeps a connection of its own, so a pool of one (PGlite) indexes row by row instead.
    /// </summary>
    public async Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken) =>
        new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString) is { Pooling: true, MaxPoolSize: < 2 }
            ? PostgresVectorIndex.NoBulkLoad
            : await PostgresVectorIndex.BeginBulkLoadAsync(await OpenAsync(cancellationToken).ConfigureAwait(false), _options, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT id, content_hash FROM documents WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", documentIds.ToArray());
        return await DocumentRows.ReadContentHashesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores many documents in one transaction and a fixed number of round trips (bulk loads): all are written, or none.</summary>
    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<DocumentUpsert> documents, CancellationToken cancellationToken) =>
        UpsertManyAsync(documents, importedAt: null, cancellationToken);

    /// <summary>As <see cref="UpsertManyAsync(IReadOnlyList{DocumentUpsert}, CancellationToken)"/>, keeping the given ingestion times (migrations).</summary>
    internal async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(
        IReadOnlyList<DocumentUpsert> documents, IReadOnlyDictionary<string, DateTimeOffset>? importedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var dimensions = await GetDimensionsAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var document in documents)
        {
            PostgresDocumentWriter.Validate(document, dimensions);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new PostgresDocumentWriter(connection, transaction, _tokenizer, _time.GetUtcNow(), importedAt);
        var outcomes = await writer.WriteAsync(documents, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await PostgresPlannerStatistics.RefreshIfStaleAsync(connection, _options, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    public async Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new PostgresDocumentWriter(connection, transaction, _tokenizer, _time.GetUtcNow());
        var removed = await writer.RemoveAsync(documentId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (removed)
        {
            await PostgresPlannerStatistics.RefreshIfStaleAsync(connection, _options, cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {DocumentRows.DocumentColumns}, d.content_hash, d.ingested_at,
                   (SELECT count(*) FROM chunks c WHERE c.document_id = d.id)::int,
                   coalesce(k.cluster_id, d.id), (SELECT count(*) FROM document_clusters m WHERE m.cluster_id = k.cluster_id)::int
            FROM documents d LEFT JOIN document_clusters k ON k.document_id = d.id
            ORDER BY d.published DESC NULLS LAST, d.id COLLATE "C"
            """,
            connection);
        var list = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new DocumentSummary(
                DocumentRows.ReadDocument(reader, 0),
                reader.GetInt32(9),
                reader.GetString(7),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(8), TimeSpan.Zero))
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresClusterRows.ReadClustersAsync(connection, documentIds, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresMeta.ReadStatisticsAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ScoredChunk>> SearchLexicalAsync(string question, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(filters);
        var terms = _tokenizer.TokenizeQuery(question);
        var depth = _options.Rerank ? Math.Max(limit, _options.RerankDepth) : limit;
        await using var command = PostgresLexicalSearch.Build(terms, filters, depth, _options);
        if (command is null)
        {
            return [];
        }

        PostgresTermStatistics found;
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            command.Connection = connection;
            found = await PostgresTermStatistics.ReadAsync(command, cancellationToken).ConfigureAwait(false);
        }

        if (!_options.Rerank || found.Hits.Count == 0)
        {
            return found.Hits.Take(limit).Select(h => h.Hit).ToList();
        }

        var scoring = new PassageScoring(_options.RerankK1, _options.B, _options.TitleWeight, found.AverageLength, _options.TitleCoversSentences);
        return LexicalReranker.Rerank(found.Hits, _tokenizer, found.Idf, scoring, _options.SentenceWeight, limit);
    }

    /// <summary>Opens a connection for the store's helpers (schema ready, search path set).</summary>
    internal Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public async Task<IReadOnlyList<ScoredChunk>> SearchVectorAsync(ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (limit <= 0 || query.IsEmpty || System.Numerics.Tensors.TensorPrimitives.Norm(query.Span) == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var dimensions = await GetDimensionsAsync(connection, cancellationToken).ConfigureAwait(false);
        if (dimensions is { } d && d != query.Length)
        {
            return [];
        }

        return await PostgresVectorSearch.SearchAsync(connection, query, filters, limit, dimensions, _options.HnswEfSearch, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RetrievedChunk>> GetChunksAsync(IReadOnlyList<string> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        if (chunkIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {DocumentRows.ChunkColumns}, {DocumentRows.DocumentColumns}
            FROM chunks c JOIN documents d ON d.id = c.document_id
            WHERE c.id = ANY(@ids)
            """,
            connection);
        command.Parameters.AddWithValue("ids", chunkIds.ToArray());
        return await DocumentRows.ReadRetrievedInOrderAsync(command, chunkIds, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Chunk>> ListChunksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresEmbeddingReplacement.ListChunksAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReplaceEmbeddingsAsync(
        EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(embedder.Dimensions);
        embedder.CheckDimensions(embeddings);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await PostgresEmbeddingReplacement.ReplaceAsync(connection, embedder, embeddings, cancellationToken).ConfigureAwait(false);
        _dimensions = embedder.Dimensions;
    }

    public async ValueTask DisposeAsync()
    {
        _schema.Dispose();
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<int?> GetDimensionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Once recorded, the dimension changes only by ReplaceEmbeddingsAsync (which updates the cache here; another process's
        // reindex makes this process's embedder a mismatch anyway), so it is cached; until then it is read each time.
        if (_dimensions is null && await PostgresMeta.ReadEmbedderAsync(connection, null, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            _dimensions = stored.Dimensions;
        }

        return _dimensions;
    }

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        _schema.OpenAsync(
            _dataSource.CreateConnection(),
            prepare: null,
            async (connection, ct) =>
            {
                await PostgresSchema.ApplyAsync(connection, ct).ConfigureAwait(false);
                await PostgresRetokenization.EnsureCurrentAsync(connection, _tokenizer, _logger, ct).ConfigureAwait(false);
            },
            cancellationToken);
}
