using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Bench.Speed;

/// <summary>
/// The baseline: a plain SQLite FTS5 table (unicode61) in a file with WAL, one row per article (title + body), filled in one
/// transaction per dump (JSON parsing included, as the product's time includes it), queried by an OR of the words ranked by bm25.
/// </summary>
internal sealed partial class RawFts5Index : IDisposable
{
    private readonly SqliteConnection _connection;

    public RawFts5Index(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "PRAGMA journal_mode = WAL; CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5 (body, tokenize = 'unicode61');";
        create.ExecuteNonQuery();
    }

    /// <summary>Inserts every line with a body; returns how many rows and how long it took.</summary>
    public (int Rows, TimeSpan Elapsed) Insert(string dumpPath)
    {
        var clock = Stopwatch.StartNew();
        var rows = 0;
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs (body) VALUES ($body)";
        var body = insert.Parameters.Add(new SqliteParameter("$body", ""));
        foreach (var line in File.ReadLines(dumpPath).Where(l => l.Length > 0))
        {
            var (title, text) = DumpFile.TitleAndBody(line);
            if (text.Length == 0)
            {
                continue;
            }

            body.Value = title + "\n" + text;
            insert.ExecuteNonQuery();
            rows++;
        }

        transaction.Commit();
        return (rows, clock.Elapsed);
    }

    /// <summary>The top <paramref name="limit"/> rowids for the query (read, so the whole result is produced).</summary>
    public int Search(string query, int limit)
    {
        var terms = Word().Matches(query.ToLowerInvariant()).Select(m => "\"" + m.Value + "\"").Distinct().ToList();
        if (terms.Count == 0)
        {
            return 0;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid, body FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $limit";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", terms));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            _ = reader.GetString(1);
            count++;
        }

        return count;
    }

    public void Dispose() => _connection.Dispose();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
