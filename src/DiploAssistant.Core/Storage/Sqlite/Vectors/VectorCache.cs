using System.Globalization;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite.Vectors;

/// <summary>
/// Holds the store's vectors in memory and brings them up to date when <c>meta.generation</c> shows that any connection, in
/// this process or another, has written since they were loaded: from the change log (<see cref="DocumentChangeLog"/>),
/// re-reading only the changed documents, or by a full reload when the log cannot tell. Generation, log and vectors are read
/// in one read transaction, so they are consistent with each other.
/// </summary>
internal sealed class VectorCache : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private VectorSnapshot? _snapshot;
    private int _fullLoads;

    /// <summary>How many times every vector was read from the store (the first load included); catching up from the log is not counted.</summary>
    public int FullLoads => Volatile.Read(ref _fullLoads);

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
            if (snapshot?.Generation == generation)
            {
                return snapshot;
            }

            if (snapshot is not null && snapshot.Generation > generation)
            {
                // This transaction sees an older store than the cached snapshot (another search loaded it meanwhile):
                // search what this transaction sees, and keep the newer snapshot cached.
                return Load(connection, transaction, generation);
            }

            snapshot = (snapshot is null ? null : CatchUp(snapshot, connection, transaction, generation)) ?? Load(connection, transaction, generation);
            Volatile.Write(ref _snapshot, snapshot);
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

    /// <summary>
    /// Brings <paramref name="snapshot"/> up to <paramref name="generation"/> by re-reading only the documents the change log
    /// names; null when it cannot (the log does not reach back to the snapshot, or the store's dimensions changed).
    /// </summary>
    private static VectorSnapshot? CatchUp(VectorSnapshot snapshot, SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        if (snapshot.Count == 0 || ReadDimensions(connection, transaction) is { } stored && stored != snapshot.Dimensions)
        {
            return null;
        }

        var changed = DocumentChangeLog.ReadChangedSince(connection, transaction, snapshot.Generation);
        if (changed is null)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT rowid, id, document_id, embedding FROM chunks
            WHERE embedding IS NOT NULL AND document_id IN (SELECT value FROM json_each($changed))
            ORDER BY rowid
            """;
        command.Parameters.AddWithValue("$changed", System.Text.Json.JsonSerializer.Serialize(changed));
        var current = new VectorRows(snapshot.Dimensions, 0);
        using (var reader = command.ExecuteReader())
        {
            current.ReadAll(reader);
        }

        return snapshot.WithChanges(generation, changed, current);
    }

    private static int? ReadDimensions(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'embedder_dims'";
        return command.ExecuteScalar() is long dimensions ? (int)dimensions : null;
    }

    private VectorSnapshot Load(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM chunks WHERE embedding IS NOT NULL";
        var count = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        Interlocked.Increment(ref _fullLoads);
        command.CommandText = "SELECT rowid, id, document_id, embedding FROM chunks WHERE embedding IS NOT NULL ORDER BY rowid";
        var rows = new VectorRows(ReadDimensions(connection, transaction) ?? 0, count);
        using (var reader = command.ExecuteReader())
        {
            rows.ReadAll(reader);
        }

        return rows.ToSnapshot(generation);
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
