namespace DiploAssistant.Core.Clusters;

/// <summary>A store that keeps wire-copy clusters (both SQL stores do): retrieval and answers read them.</summary>
public interface IClusterReader
{
    /// <summary>
    /// The clusters of those of <paramref name="documentIds"/> that have copies (clusters of two or more), keyed by the id of
    /// every member (asked for or not); a document missing from the result is its own cluster.
    /// </summary>
    Task<IReadOnlyDictionary<string, DocumentCluster>> GetClustersAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);
}
