using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Keeps the search terms those of the configured tokenizer (<c>meta.tokenizer_id</c>). A store without a recorded tokenizer
/// (new, or written before it was recorded) takes the configured one; a store made by another is re-tokenized in place:
/// every FTS5 row and <c>chunks.token_count</c> rebuilt from the stored chunk text and titles, in one immediate
/// transaction that re-reads the identity, so concurrent openers rebuild once and readers see old or new terms, never a mix.
/// </summary>
internal static partial class SqliteRetokenization
{
    private const int ChunksPerPage = 512;

    /// <summary>Records or rebuilds, on a store open for writing; runs once per process, after the schema is up to date.</summary>
    public static void EnsureCurrent(SqliteConnection connection, ITextTokenizer tokenizer, ILogger logger)
    {
        // Read first without the write lock: after the first open of a version, nothing is left to do.
        if (SqliteMeta.ReadTokenizer(connection, null) == tokenizer.Identity)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        var stored = SqliteMeta.ReadTokenizer(connection, transaction);
        if (stored == tokenizer.Identity)
        {
            return;
        }

        int? rebuilt = null;
        if (stored is not null)
        {
            LogRetokenizing(logger, stored, tokenizer.Identity);
            rebuilt = Rebuild(connection, transaction, tokenizer);
        }

        SqliteMeta.WriteTokenizer(connection, transaction, tokenizer.Identity);
        transaction.Commit();
        if (rebuilt is { } chunks)
        {
            LogRetokenized(logger, chunks, stored!, tokenizer.Identity);
        }
    }

    /// <summary>Refuses a read-only store whose terms another tokenizer made; one with no recorded tokenizer is taken as it is.</summary>
    public static void Verify(SqliteConnection connection, ITextTokenizer tokenizer)
    {
        if (SqliteMeta.ReadTokenizer(connection, null) is { } stored && stored != tokenizer.Identity)
        {
            throw new TokenizerMismatchException(stored, tokenizer.Identity);
        }
    }

    private static int Rebuild(SqliteConnection connection, SqliteTransaction transaction, ITextTokenizer tokenizer)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')";
        command.ExecuteNonQuery();

        using var insert = Prepare(connection, transaction, "INSERT INTO chunks_fts (rowid, title, body) VALUES ($rowid, $title, $body)", "$rowid", "$title", "$body");
        using var count = Prepare(connection, transaction, "UPDATE chunks SET token_count = $count WHERE rowid = $rowid", "$rowid", "$count");
        var rebuilt = 0;
        (string? DocumentId, IReadOnlyList<string> Terms) title = (null, []);
        var after = long.MinValue;
        while (ReadPage(connection, transaction, after) is { Count: > 0 } page)
        {
            foreach (var (rowId, documentId, titleText, text) in page)
            {
                // A document's chunks are written together, so its title is tokenized about once.
                if (title.DocumentId != documentId)
                {
                    title = (documentId, tokenizer.TokenizeDocument(titleText));
                }

                var titleTerms = title.Terms;
                var bodyTerms = tokenizer.TokenizeDocument(text);
                insert.Parameters["$rowid"].Value = rowId;
                insert.Parameters["$title"].Value = string.Join(' ', titleTerms);
                insert.Parameters["$body"].Value = string.Join(' ', bodyTerms);
                insert.ExecuteNonQuery();
                count.Parameters["$rowid"].Value = rowId;
                count.Parameters["$count"].Value = titleTerms.Count + bodyTerms.Count;
                count.ExecuteNonQuery();
            }

            rebuilt += page.Count;
            after = page[^1].RowId;
        }

        // No document changed (vector caches stay valid), but the generation moves so cached corpus statistics are recomputed.
        DocumentChangeLog.Record(connection, transaction, []);
        return rebuilt;
    }

    private static List<(long RowId, string DocumentId, string Title, string Text)> ReadPage(
        SqliteConnection connection, SqliteTransaction transaction, long after)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT c.rowid, c.document_id, d.title, c.text FROM chunks c JOIN documents d ON d.id = c.document_id
            WHERE c.rowid > $after ORDER BY c.rowid LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", ChunksPerPage);
        using var reader = command.ExecuteReader();
        var page = new List<(long, string, string, string)>(ChunksPerPage);
        while (reader.Read())
        {
            page.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return page;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store's search terms were made by the tokenizer {Stored}; re-tokenizing every chunk with {Configured}")]
    private static partial void LogRetokenizing(ILogger logger, string stored, string configured);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-tokenized {Chunks} chunks: tokenizer {Stored} → {Configured}")]
    private static partial void LogRetokenized(ILogger logger, int chunks, string stored, string configured);
}
