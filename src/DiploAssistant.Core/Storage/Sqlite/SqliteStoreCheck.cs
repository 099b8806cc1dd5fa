using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Checks an embedded store after a crash or a fault, reading only: SQLite's <c>integrity_check</c> and
/// <c>foreign_key_check</c>, FTS5's own integrity check, and that every document is whole — at least one chunk, ordinals
/// 0..n-1, every chunk indexed for search and no index row without a chunk.
/// </summary>
public static class SqliteStoreCheck
{
    private const int MaxProblems = 50;

    public static async Task<SqliteStoreCheckReport> RunAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(Path.GetFullPath(dataDirectory), SqliteDocumentStore.FileName);
        if (!File.Exists(path))
        {
            throw new DiploException($"There is no store at {path}.");
        }

        // Read-write (no writes are made) so that a WAL left by a killed writer is recovered, as the next real open would.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Execute(connection, "PRAGMA busy_timeout = 10000;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        problems.AddRange(Strings(connection, transaction, "PRAGMA integrity_check").Where(r => r != "ok").Select(r => "integrity_check: " + r));
        problems.AddRange(Strings(connection, transaction, "SELECT \"table\" || ' row ' || rowid || ' points at a missing ' || parent FROM pragma_foreign_key_check")
            .Select(r => "foreign_key_check: " + r));
        try
        {
            Execute(connection, "INSERT INTO chunks_fts (chunks_fts) VALUES ('integrity-check')", transaction);
        }
        catch (SqliteException exception)
        {
            problems.Add("search index: " + exception.Message);
        }

        problems.AddRange(Strings(connection, transaction, """
            SELECT 'document ' || d.id || ' has no chunks' FROM documents d
            WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.document_id = d.id)
            UNION ALL
            SELECT 'document ' || document_id || ' has chunk ordinals that are not 0..' || (COUNT(*) - 1) FROM chunks
            GROUP BY document_id HAVING MIN(ordinal) <> 0 OR MAX(ordinal) <> COUNT(*) - 1 OR COUNT(DISTINCT ordinal) <> COUNT(*)
            UNION ALL
            SELECT 'chunk ' || c.id || ' is not in the search index' FROM chunks c
            WHERE NOT EXISTS (SELECT 1 FROM chunks_fts f WHERE f.rowid = c.rowid)
            UNION ALL
            SELECT 'search index row ' || f.rowid || ' has no chunk' FROM chunks_fts f
            WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.rowid = f.rowid)
            """));

        var fingerprints = await FingerprintsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var chunks = int.Parse(Strings(connection, transaction, "SELECT COUNT(*) FROM chunks")[0], CultureInfo.InvariantCulture);
        return new SqliteStoreCheckReport(fingerprints.Count, chunks, problems.Take(MaxProblems).ToList(), fingerprints);
    }

    private static async Task<Dictionary<string, string>> FingerprintsAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT d.id, d.title, d.source, d.url, d.uri, d.published, d.language, d.content_hash, d.metadata,
                   c.id, c.ordinal, c.start, c.text, c.token_count, c.embedding
            FROM documents d LEFT JOIN chunks c ON c.document_id = d.id
            ORDER BY d.id, c.ordinal
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await DocumentFingerprints.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Strings(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
