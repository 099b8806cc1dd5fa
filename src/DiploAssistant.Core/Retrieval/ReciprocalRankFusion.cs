namespace DiploAssistant.Core.Retrieval;

/// <summary>Weighted reciprocal rank fusion: each ranking adds weight / (k + rank) to a chunk (rank from 1).</summary>
internal static class ReciprocalRankFusion
{
    public static List<FusedCandidate> Fuse(IReadOnlyList<(IReadOnlyList<ScoredChunk> Hits, double Weight)> rankings, double k)
    {
        var scores = new Dictionary<string, (string DocumentId, double Score)>(StringComparer.Ordinal);
        foreach (var (hits, weight) in rankings)
        {
            for (var rank = 0; rank < hits.Count; rank++)
            {
                var hit = hits[rank];
                var previous = scores.GetValueOrDefault(hit.ChunkId, (hit.DocumentId, 0));
                scores[hit.ChunkId] = (hit.DocumentId, previous.Score + (weight / (k + rank + 1)));
            }
        }

        return scores
            .Select(pair => new FusedCandidate(pair.Key, pair.Value.DocumentId, pair.Value.Score))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.ChunkId, StringComparer.Ordinal)
            .ToList();
    }
}
