namespace DiploAssistant.Core.Clusters;

/// <summary>
/// What <see cref="WireCopyClusterer"/> reads and writes in a store, inside the transaction that writes or removes the
/// document: each document's cluster row (cluster id and signature) and its LSH band keys.
/// </summary>
public interface IClusterRows
{
    /// <summary>Deletes the document's cluster row and band keys; its former cluster id, or null when it had none.</summary>
    Task<string?> RemoveAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>The documents that share at least one of <paramref name="bandKeys"/>, with their clusters.</summary>
    Task<IReadOnlyList<ClusterMember>> CandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken);

    /// <summary>Every document of the cluster.</summary>
    Task<IReadOnlyList<ClusterMember>> MembersAsync(string clusterId, CancellationToken cancellationToken);

    /// <summary>The stored documents of those ids (clusters' representatives), with their clusters.</summary>
    Task<IReadOnlyList<ClusterMember>> DocumentsAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken);

    /// <summary>Moves every document of <paramref name="clusterIds"/> into <paramref name="targetClusterId"/>.</summary>
    Task MergeAsync(IReadOnlyList<string> clusterIds, string targetClusterId, CancellationToken cancellationToken);

    /// <summary>Sets the cluster of each document given (document id to cluster id).</summary>
    Task AssignAsync(IReadOnlyDictionary<string, string> clusters, CancellationToken cancellationToken);

    /// <summary>Writes the document's cluster row and, when it has a signature, its band keys.</summary>
    Task AddAsync(string documentId, string clusterId, MinHashSignature? signature, CancellationToken cancellationToken);
}
