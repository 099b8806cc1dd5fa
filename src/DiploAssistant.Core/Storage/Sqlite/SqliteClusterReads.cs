using System.Text.Json;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>Reads the wire-copy clusters of given documents (what retrieval and citations need) in one query.</summary>
internal static class SqliteClusterReads
{
    public static async Task<IReadOnlyDictionary<string, DocumentCluster>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.cluster_id, {DocumentRows.DocumentColumns}
            FROM document_clusters k JOIN documents d ON d.id = k.document_id
            WHERE k.cluster_id IN (
                SELECT cluster_id FROM document_clusters WHERE document_id IN (SELECT value FROM json_each($ids)))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(documentIds));
        var rows = new List<(string, DocumentInfo)>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), DocumentRows.ReadDocument(reader, 1)));
        }

        return DocumentClusters.FromRows(rows);
    }
}
