using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres.Clusters;

/// <summary>
/// The wire-copy cluster rows (schema 7), read and written inside the writer's transaction. Writers cluster one at a time
/// (<see cref="LockAsync"/>), so two replicas loading copies of one story at once still put them in one cluster.
/// </summary>
internal sealed class PostgresClusterRows(NpgsqlConnection connection, NpgsqlTransaction transaction) : IClusterRows
{
    private const string MemberColumns = "k.document_id, k.cluster_id, d.title, d.published, k.signature";

    /// <summary>
    /// Takes the store's clustering lock until commit. Taken after the documents' own locks, and no other lock after it, so
    /// writers never deadlock.
    /// </summary>
    public async Task LockAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':clusters'))", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            WITH bands AS (DELETE FROM document_bands WHERE document_id = @id)
            DELETE FROM document_clusters WHERE document_id = @id RETURNING cluster_id
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", documentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public Task<IReadOnlyList<ClusterMember>> CandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken) =>
        ReadAsync(
            $"""
            SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id
            WHERE k.document_id IN (SELECT document_id FROM document_bands WHERE band_key = ANY(@keys))
            """,
            ("keys", bandKeys.ToArray()),
            cancellationToken);

    public Task<IReadOnlyList<ClusterMember>> MembersAsync(string clusterId, CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id WHERE k.cluster_id = @cluster",
            ("cluster", clusterId),
            cancellationToken);

    public Task<IReadOnlyList<ClusterMember>> DocumentsAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {MemberColumns} FROM document_clusters k JOIN documents d ON d.id = k.document_id WHERE k.document_id = ANY(@ids)",
            ("ids", documentIds.ToArray()),
            cancellationToken);

    public async Task MergeAsync(IReadOnlyList<string> clusterIds, string targetClusterId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("UPDATE document_clusters SET cluster_id = @target WHERE cluster_id = ANY(@ids)", connection, transaction);
        command.Parameters.AddWithValue("target", targetClusterId);
        command.Parameters.AddWithValue("ids", clusterIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AssignAsync(IReadOnlyDictionary<string, string> clusters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE document_clusters k SET cluster_id = u.cluster_id
            FROM unnest(@ids::text[], @clusters::text[]) AS u(document_id, cluster_id) WHERE k.document_id = u.document_id
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("ids", clusters.Keys.ToArray());
        command.Parameters.AddWithValue("clusters", clusters.Values.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AddAsync(string documentId, string clusterId, MinHashSignature? signature, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var row = PostgresDocumentWriter.Command(
            "INSERT INTO document_clusters (document_id, cluster_id, signature) VALUES (@id, @cluster, @signature)",
            ("id", documentId),
            ("cluster", clusterId));
        row.Parameters.Add(new NpgsqlParameter("signature", NpgsqlDbType.Bytea) { Value = (object?)signature?.ToBytes() ?? DBNull.Value });
        batch.BatchCommands.Add(row);
        if (signature is not null)
        {
            batch.BatchCommands.Add(PostgresDocumentWriter.Command(
                "INSERT INTO document_bands (band_key, document_id) SELECT k, @id FROM unnest(@keys::bigint[]) AS u(k)",
                ("id", documentId),
                ("keys", signature.BandKeys())));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The clusters of those documents that have copies (what retrieval and citations need), in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, DocumentCluster>> ReadClustersAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT k.cluster_id, {DocumentRows.DocumentColumns}
            FROM document_clusters k JOIN documents d ON d.id = k.document_id
            WHERE k.cluster_id IN (SELECT cluster_id FROM document_clusters WHERE document_id = ANY(@ids))
            """,
            connection);
        command.Parameters.AddWithValue("ids", documentIds.ToArray());
        var rows = new List<(string, DocumentInfo)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), DocumentRows.ReadDocument(reader, 1)));
        }

        return DocumentClusters.FromRows(rows);
    }

    private async Task<IReadOnlyList<ClusterMember>> ReadAsync(string sql, (string Name, object Value) parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        var members = new List<ClusterMember>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(new ClusterMember(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : DocumentRows.ReadDate(reader, 3),
                reader.IsDBNull(4) ? null : MinHashSignature.FromBytes(reader.GetFieldValue<byte[]>(4))));
        }

        return members;
    }
}
