using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>The conversation turns a store holds, oldest first, as "conversation | question | rewritten question | answer | time (µs)".</summary>
internal static class StoredTurns
{
    private const string Columns = "conversation_id, question, standalone_question, answer";

    public static List<string> InSqlite(string storeDirectory)
    {
        var path = Path.Combine(storeDirectory, "diplo.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, at / 10 FROM conversation_turns ORDER BY seq";
        using var reader = command.ExecuteReader();
        var turns = new List<string>();
        while (reader.Read())
        {
            turns.Add(Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return turns;
    }

    public static async Task<List<string>> InPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {Columns}, at FROM conversation_turns ORDER BY seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var turns = new List<string>();
        while (await reader.ReadAsync())
        {
            var at = reader.GetFieldValue<DateTimeOffset>(4).UtcTicks / 10;
            turns.Add(Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), at));
        }

        return turns;
    }

    private static string Row(string conversation, string question, string standalone, string answer, long microseconds) =>
        string.Join(" | ", conversation, question, standalone, answer, microseconds);
}
