using System.Numerics.Tensors;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// All chunk vectors of one store generation, held contiguously in memory for brute-force cosine search
/// (vectors are stored normalised, so the dot product is the cosine up to the query's norm).
/// </summary>
internal sealed class VectorSnapshot
{
    public VectorSnapshot(long generation, int dimensions, float[] vectors, long[] rowIds, string[] chunkIds, string[] documentIds)
    {
        Generation = generation;
        Dimensions = dimensions;
        Vectors = vectors;
        RowIds = rowIds;
        ChunkIds = chunkIds;
        DocumentIds = documentIds;
    }

    public long Generation { get; }

    public int Dimensions { get; }

    public int Count => RowIds.Length;

    private float[] Vectors { get; }

    private long[] RowIds { get; }

    private string[] ChunkIds { get; }

    private string[] DocumentIds { get; }

    public IReadOnlyList<ScoredChunk> Search(ReadOnlySpan<float> query, IReadOnlySet<long>? allowedRowIds, int limit)
    {
        if (query.Length != Dimensions || limit <= 0)
        {
            return [];
        }

        var queryNorm = TensorPrimitives.Norm(query);
        if (queryNorm == 0)
        {
            return [];
        }

        var best = new PriorityQueue<int, float>(limit + 1);
        for (var i = 0; i < RowIds.Length; i++)
        {
            if (allowedRowIds is not null && !allowedRowIds.Contains(RowIds[i]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(query, Vectors.AsSpan(i * Dimensions, Dimensions));
            if (best.Count < limit)
            {
                best.Enqueue(i, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(i, score);
            }
        }

        var results = new ScoredChunk[best.Count];
        for (var k = results.Length - 1; k >= 0; k--)
        {
            best.TryDequeue(out var i, out var score);
            results[k] = new ScoredChunk(ChunkIds[i], DocumentIds[i], score / queryNorm);
        }

        return results;
    }
}
