using System.Globalization;
using DiploAssistant.Core.Storage.Sqlite.Vectors;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// What <c>diplo reindex</c> needs of the embedded store: the swap of every vector for another embedder's, in place and in
/// one transaction, refused when the store gained or lost chunks since they were listed.
/// </summary>
internal static class SqliteEmbeddingReplacement
{
    public static void Replace(
        SqliteConnection connection, EmbedderIdentity embedder, IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM chunks";
        var stored = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.CommandText = "UPDATE chunks SET embedding = $embedding WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var blob = command.Parameters.Add("$embedding", SqliteType.Blob);
        var updated = 0;
        foreach (var (chunkId, vector) in embeddings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            id.Value = chunkId;
            blob.Value = EmbeddingBlob.ToBytes(vector.Span);
            updated += command.ExecuteNonQuery();
        }

        if (updated != stored)
        {
            throw new DiploException($"The store changed while it was being re-embedded ({stored} chunks, {updated} re-embedded); run reindex again.");
        }

        command.Parameters.Clear();
        command.CommandText = """
            INSERT OR REPLACE INTO meta (key, value) VALUES ('embedder_id', $model), ('embedder_dims', $dims)
            """;
        command.Parameters.AddWithValue("$model", embedder.ModelId);
        command.Parameters.AddWithValue("$dims", embedder.Dimensions.ToString(CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING CAST(value AS INTEGER)";
        var generation = (long)command.ExecuteScalar()!;

        // Every vector was rewritten in place: no cache can catch up from the log of changed documents.
        DocumentChangeLog.Restart(connection, transaction, generation);
        transaction.Commit();
    }
}
