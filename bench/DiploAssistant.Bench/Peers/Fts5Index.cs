using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Bench.Peers;

/// <summary>
/// A plain SQLite FTS5 table over title + text, one row per document, with the tokenizer given (e.g. "porter unicode61"),
/// queried by an OR of the query's words ranked by bm25, optionally keeping only documents dated inside the query's window.
/// </summary>
internal sealed partial class Fts5Index : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Index(string tokenizer)
    {
        Tokenizer = tokenizer;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = $"CREATE VIRTUAL TABLE docs USING fts5 (id UNINDEXED, published UNINDEXED, body, tokenize = '{tokenizer}');";
        create.ExecuteNonQuery();
    }

    public string Tokenizer { get; }

    public void Add(IEnumerable<PeerDocument> documents)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs (id, published, body) VALUES ($id, $published, $body)";
        var id = insert.Parameters.Add(new SqliteParameter("$id", ""));
        var published = insert.Parameters.Add(new SqliteParameter("$published", ""));
        var body = insert.Parameters.Add(new SqliteParameter("$body", ""));
        foreach (var document in documents)
        {
            id.Value = document.Id;
            published.Value = document.Published is { } date ? Iso(date) : DBNull.Value;
            body.Value = document.Title + "\n" + document.Text;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The best <paramref name="limit"/> ids; with <paramref name="useWindow"/>, undated documents and those outside From..To are left out.</summary>
    public IReadOnlyList<string> Search(PeerQuery query, bool useWindow, int limit)
    {
        var terms = Word().Matches(query.Text.ToLowerInvariant()).Select(m => m.Value).Distinct().Select(t => "\"" + t + "\"").ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        var window = string.Empty;
        if (useWindow)
        {
            window = " AND published IS NOT NULL AND published >= $from AND published <= $to";
            command.Parameters.AddWithValue("$from", query.From is { } from ? Iso(from) : "0000-00-00");
            command.Parameters.AddWithValue("$to", query.To is { } to ? Iso(to) : "9999-99-99");
        }

        command.CommandText = $"SELECT id FROM docs WHERE docs MATCH $q{window} ORDER BY bm25(docs) LIMIT $limit";
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

    public void Dispose() => _connection.Dispose();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Letters and digits only: FTS5 query syntax (quotes, operators) never reaches MATCH unescaped.
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
