using System.Text;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Bench.KorQuad;

/// <summary>
/// The baseline from data/README.md: a plain FTS5 table over raw character bigrams of each word (title + text,
/// one row per document), queried by an OR of the question's bigrams ranked by bm25.
/// </summary>
internal sealed class BigramBaseline : IAsyncDisposable
{
    private readonly string _connectionString;

    public BigramBaseline(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public void Build(IEnumerable<BenchDocument> documents)
    {
        using var connection = Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode = WAL; CREATE VIRTUAL TABLE docs USING fts5 (id UNINDEXED, body);";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs (id, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add(new SqliteParameter("$id", ""));
        var body = insert.Parameters.Add(new SqliteParameter("$body", ""));
        foreach (var document in documents)
        {
            id.Value = document.Id;
            body.Value = string.Join(' ', Bigrams(document.Title + "\n" + document.Text));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public List<string> Search(string question, int limit)
    {
        var terms = Bigrams(question).Distinct().Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $limit";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", terms));
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<string> Bigrams(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length == 1)
            {
                yield return word.ToString();
            }

            for (var i = 0; i + 1 < word.Length; i++)
            {
                yield return string.Concat(word[i], word[i + 1]);
            }

            word.Clear();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
