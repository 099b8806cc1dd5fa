using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Which documents each store generation added, replaced or removed (<c>document_changes</c>), written in the writer's
/// transaction so that a reader in any process sees log and generation together. <c>meta.changes_from</c> is the generation
/// after which the log is complete: a cache loaded at that generation or later can catch up from the log; an older one
/// (before the log was pruned, before a reindex rewrote every vector, or before the schema had a log) reloads in full.
/// </summary>
internal static class DocumentChangeLog
{
    /// <summary>Generations kept in the log; a cache further behind reloads in full.</summary>
    public const int KeptGenerations = 256;

    /// <summary>A write changing more documents than this is not logged: readers reload in full, which costs no more.</summary>
    public const int MaxLoggedDocuments = 1024;

    /// <summary>Bumps the generation, logs the changed documents under it and prunes the log, all in the caller's transaction.</summary>
    public static void Record(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> documentIds)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING CAST(value AS INTEGER)";
        var generation = (long)command.ExecuteScalar()!;
        if (documentIds.Count > MaxLoggedDocuments)
        {
            Restart(connection, transaction, generation);
            return;
        }

        command.CommandText = "INSERT INTO document_changes (generation, document_id) VALUES ($generation, $id)";
        command.Parameters.AddWithValue("$generation", generation);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var documentId in documentIds)
        {
            id.Value = documentId;
            command.ExecuteNonQuery();
        }

        command.Parameters.Clear();
        command.CommandText = """
            DELETE FROM document_changes WHERE generation <= $oldest;
            UPDATE meta SET value = $oldest WHERE key = 'changes_from' AND CAST(value AS INTEGER) < $oldest;
            """;
        command.Parameters.AddWithValue("$oldest", generation - KeptGenerations);
        command.ExecuteNonQuery();
    }

    /// <summary>Empties the log after a write that rewrote vectors in place (reindex): every older cache must reload in full.</summary>
    public static void Restart(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM document_changes;
            INSERT OR REPLACE INTO meta (key, value) VALUES ('changes_from', $generation);
            """;
        command.Parameters.AddWithValue("$generation", generation);
        command.ExecuteNonQuery();
    }

    /// <summary>The documents changed after <paramref name="generation"/>, or null when the log does not reach back that far.</summary>
    public static HashSet<string>? ReadChangedSince(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'changes_from'";
        if (command.ExecuteScalar() is not long from || generation < from)
        {
            return null;
        }

        command.CommandText = "SELECT DISTINCT document_id FROM document_changes WHERE generation > $generation";
        command.Parameters.AddWithValue("$generation", generation);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            changed.Add(reader.GetString(0));
        }

        return changed;
    }
}
