using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>The embedded store's <c>meta</c> rows: which embedder built its vectors and which tokenizer its search terms.</summary>
internal static class SqliteMeta
{
    public static EmbedderIdentity? ReadEmbedder(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT (SELECT value FROM meta WHERE key = 'embedder_id'), (SELECT value FROM meta WHERE key = 'embedder_dims')
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0) || reader.IsDBNull(1)
            ? null
            : new EmbedderIdentity(reader.GetString(0), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture));
    }

    /// <summary>Records the embedder of a store that has none yet.</summary>
    public static void InsertEmbedder(SqliteConnection connection, SqliteTransaction transaction, EmbedderIdentity embedder)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO meta (key, value) VALUES ('embedder_id', $id), ('embedder_dims', $dims)";
        insert.Parameters.AddWithValue("$id", embedder.ModelId);
        insert.Parameters.AddWithValue("$dims", embedder.Dimensions.ToString(CultureInfo.InvariantCulture));
        insert.ExecuteNonQuery();
    }

    /// <summary>The identity of the tokenizer that made the stored search terms, or null for a store written before it was recorded.</summary>
    public static string? ReadTokenizer(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = 'tokenizer_id'";
        return command.ExecuteScalar() as string;
    }

    public static void WriteTokenizer(SqliteConnection connection, SqliteTransaction transaction, string identity)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('tokenizer_id', $id)";
        command.Parameters.AddWithValue("$id", identity);
        command.ExecuteNonQuery();
    }
}
