using DiploAssistant.Core.Clusters;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Counts each wire-copy cluster once before diversity: of a cluster's documents among the ranked chunks only one stays, its
/// representative (the earliest) when it was found, else the best-ranked copy; its best chunk takes the best score any copy
/// had, and its chunks carry the cluster so that the answer can name the other outlets. Without clusters nothing changes.
/// </summary>
internal static class ClusterCollapse
{
    public static List<RetrievedChunk> Apply(List<RetrievedChunk> ranked, IReadOnlyDictionary<string, DocumentCluster> clusters)
    {
        if (clusters.Count == 0)
        {
            return ranked;
        }

        // The document that stands for each cluster found: the representative if it is among the chunks, else the best copy.
        var leaders = new Dictionary<string, string>(StringComparer.Ordinal);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var chunk in ranked)
        {
            if (clusters.GetValueOrDefault(chunk.Document.Id) is not { } cluster)
            {
                continue;
            }

            best.TryAdd(cluster.ClusterId, chunk.Score);
            if (!leaders.TryGetValue(cluster.ClusterId, out var leader) || (chunk.Document.Id == cluster.ClusterId && leader != cluster.ClusterId))
            {
                leaders[cluster.ClusterId] = chunk.Document.Id;
            }
        }

        var kept = new List<RetrievedChunk>(ranked.Count);
        var raised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ranked)
        {
            if (clusters.GetValueOrDefault(chunk.Document.Id) is not { } cluster)
            {
                kept.Add(chunk);
            }
            else if (leaders[cluster.ClusterId] == chunk.Document.Id)
            {
                var score = raised.Add(cluster.ClusterId) ? Math.Max(chunk.Score, best[cluster.ClusterId]) : chunk.Score;
                kept.Add(chunk with { Score = score, Cluster = cluster });
            }
        }

        return [.. kept.OrderByDescending(c => c.Score)];
    }
}
