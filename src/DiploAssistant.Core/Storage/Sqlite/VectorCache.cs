using System.Globalization;
using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Holds the store's vectors in memory and reloads them when <c>meta.generation</c> shows that any connection, in this
/// process or another, has written since they were loaded. Generation and vectors are read in one read transaction.
/// </summary>
internal sealed class VectorCache : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private VectorSnapshot? _snapshot;

    public async Task<IReadOnlyList<ScoredChunk>> SearchAsync(
        SqliteConnection connection, ReadOnlyMemory<float> query, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = await GetSnapshotAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var allowed = SqliteFilterClause.IsEmpty(filters) ? null : ReadAllowedRowIds(connection, transaction, filters);
        return snapshot.Search(query.Span, allowed, limit);
    }

    public void Dispose() => _loading.Dispose();

    private async Task<VectorSnapshot> GetSnapshotAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var generation = ReadGeneration(connection, transaction);
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot?.Generation == generation)
        {
            return snapshot;
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = _snapshot;
            if (snapshot?.Generation != generation)
            {
                snapshot = Load(connection, transaction, generation);
                Volatile.Write(ref _snapshot, snapshot);
            }

            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private static long ReadGeneration(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static VectorSnapshot Load(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'embedder_dims'), COUNT(*)
            FROM chunks WHERE embedding IS NOT NULL
            """;
        int dimensions, count;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            dimensions = reader.IsDBNull(0) ? 0 : reader.GetInt32(0);
            count = reader.GetInt32(1);
        }

        command.CommandText = "SELECT rowid, id, document_id, embedding FROM chunks WHERE embedding IS NOT NULL";
        var rowIds = new List<long>(count);
        var chunkIds = new List<string>(count);
        var documentIds = new List<string>(count);
        var vectors = Array.Empty<float>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var blob = (byte[])reader.GetValue(3);
                if (dimensions == 0)
                {
                    dimensions = blob.Length / sizeof(float);
                }

                if (blob.Length != dimensions * sizeof(float))
                {
                    continue;
                }

                if (vectors.Length == 0)
                {
                    vectors = new float[(long)count * dimensions];
                }

                EmbeddingBlob.CopyTo(blob, vectors.AsSpan(rowIds.Count * dimensions, dimensions));
                rowIds.Add(reader.GetInt64(0));
                chunkIds.Add(reader.GetString(1));
                documentIds.Add(reader.GetString(2));
            }
        }

        return new VectorSnapshot(generation, dimensions, vectors, [.. rowIds], [.. chunkIds], [.. documentIds]);
    }

    private static HashSet<long> ReadAllowedRowIds(SqliteConnection connection, SqliteTransaction transaction, SearchFilters filters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var where = SqliteFilterClause.Build(filters, command);
        command.CommandText = $"SELECT c.rowid FROM chunks c JOIN documents d ON d.id = c.document_id WHERE 1 = 1{where}";
        var allowed = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            allowed.Add(reader.GetInt64(0));
        }

        return allowed;
    }
}
