using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Combines rankings into one: weighted reciprocal rank fusion (weight / (k + rank), rank from 1), or a weighted sum of
/// scores normalised by each ranking's best score (keeps how far ahead the leader is, which ranks alone forget).
/// </summary>
internal static class RankFusion
{
    public static List<FusedCandidate> Fuse(IReadOnlyList<(IReadOnlyList<ScoredChunk> Hits, double Weight)> rankings, FusionMethod method, double k)
    {
        var scores = new Dictionary<string, (string DocumentId, double Score)>(StringComparer.Ordinal);
        foreach (var (hits, weight) in rankings)
        {
            var best = hits.Count > 0 ? hits[0].Score : 0;
            for (var rank = 0; rank < hits.Count; rank++)
            {
                var hit = hits[rank];
                var contribution = method == FusionMethod.ReciprocalRank
                    ? weight / (k + rank + 1)
                    : best > 0 ? weight * Math.Max(hit.Score, 0) / best : 0;
                var previous = scores.GetValueOrDefault(hit.ChunkId, (hit.DocumentId, 0));
                scores[hit.ChunkId] = (hit.DocumentId, previous.Score + contribution);
            }
        }

        return scores
            .Select(pair => new FusedCandidate(pair.Key, pair.Value.DocumentId, pair.Value.Score))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.ChunkId, StringComparer.Ordinal)
            .ToList();
    }
}
