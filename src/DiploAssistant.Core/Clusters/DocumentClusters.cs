using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Clusters;

/// <summary>Builds <see cref="IClusterReader.GetClustersAsync"/>'s answer from (cluster id, document) rows, as both SQL stores read them.</summary>
public static class DocumentClusters
{
    /// <summary>The clusters of two or more documents, keyed by each of their documents' ids, members earliest first.</summary>
    public static IReadOnlyDictionary<string, DocumentCluster> FromRows(IEnumerable<(string ClusterId, DocumentInfo Document)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byDocument = new Dictionary<string, DocumentCluster>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.ClusterId, StringComparer.Ordinal))
        {
            var members = group
                .Select(r => r.Document)
                .DistinctBy(d => d.Id, StringComparer.Ordinal)
                .OrderBy(d => new ClusterMember(d.Id, group.Key, d.Title, d.Published, null), ClusterRepresentative.Comparer)
                .ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var cluster = new DocumentCluster(group.Key, members);
            foreach (var member in members)
            {
                byDocument[member.Id] = cluster;
            }
        }

        return byDocument;
    }
}
