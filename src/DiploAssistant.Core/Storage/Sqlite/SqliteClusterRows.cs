using System.Text.Json;
using DiploAssistant.Core.Clusters;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// The wire-copy cluster rows of the embedded store (schema 7), read and written inside the writer's transaction, with one
/// prepared command per statement for the whole batch.
/// </summary>
internal sealed class SqliteClusterRows(SqliteConnection connection, SqliteTransaction transaction) : IClusterRows, IDisposable
{
    private const string MemberColumns = "k.document_id, k.cluster_id, d.title, d.published, k.signature";

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    public async Task<string?> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        var command = Command(
            """
            DELETE FROM document_bands WHERE document_id = $id;
            DELETE FROM document_clusters WHERE document_id = $id RETURNING cluster_id;
            """);
        command.Parameters.AddWithValue("$id", documentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<IReadOnlyList<ClusterMember>> CandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken)
    {
        var command = Command(
            $"""
            SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id
            WHERE k.document_id IN (SELECT document_id FROM document_bands WHERE band_key IN (SELECT value FROM json_each($keys)))
            """);
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(bandKeys));
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ClusterMember>> MembersAsync(string clusterId, CancellationToken cancellationToken)
    {
        var command = Command($"SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id WHERE k.cluster_id = $cluster");
        command.Parameters.AddWithValue("$cluster", clusterId);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ClusterMember>> DocumentsAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        var command = Command(
            $"""
            SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id
            WHERE k.document_id IN (SELECT value FROM json_each($ids))
            """);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(documentIds));
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task MergeAsync(IReadOnlyList<string> clusterIds, string targetClusterId, CancellationToken cancellationToken)
    {
        var command = Command("UPDATE document_clusters SET cluster_id = $target WHERE cluster_id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$target", targetClusterId);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(clusterIds));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AssignAsync(IReadOnlyDictionary<string, string> clusters, CancellationToken cancellationToken)
    {
        var command = Command("UPDATE document_clusters SET cluster_id = $cluster WHERE document_id = $id");
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var cluster = command.Parameters.Add("$cluster", SqliteType.Text);
        foreach (var (documentId, clusterId) in clusters)
        {
            id.Value = documentId;
            cluster.Value = clusterId;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task AddAsync(string documentId, string clusterId, MinHashSignature? signature, CancellationToken cancellationToken)
    {
        var command = Command(
            """
            INSERT INTO document_clusters (document_id, cluster_id, signature) VALUES ($id, $cluster, $signature);
            INSERT INTO document_bands (band_key, document_id) SELECT value, $id FROM json_each($keys);
            """);
        command.Parameters.AddWithValue("$id", documentId);
        command.Parameters.AddWithValue("$cluster", clusterId);
        command.Parameters.AddWithValue("$signature", (object?)signature?.ToBytes() ?? DBNull.Value);
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(signature?.BandKeys() ?? []));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The prepared command for the statement, its parameters cleared.</summary>
    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    private static async Task<IReadOnlyList<ClusterMember>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var members = new List<ClusterMember>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(new ClusterMember(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : DocumentRows.ReadDate(reader, 3),
                reader.IsDBNull(4) ? null : MinHashSignature.FromBytes((byte[])reader.GetValue(4))));
        }

        return members;
    }
}
