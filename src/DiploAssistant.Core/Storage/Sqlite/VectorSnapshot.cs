using System.Numerics.Tensors;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// All chunk vectors of one store generation, held contiguously in memory for brute-force cosine search
/// (vectors are stored normalised, so the dot product is the cosine up to the query's norm). Entries are in rowid order,
/// whether loaded in full or brought up to date from an older snapshot, so both rank ties alike.
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

    /// <summary>
    /// This snapshot without the chunks of <paramref name="changedDocuments"/>, merged in rowid order with their chunks as they
    /// are now (<paramref name="current"/>, in rowid order, same dimensions): the snapshot a full load at
    /// <paramref name="generation"/> would give, for the cost of copying arrays instead of decoding every blob.
    /// </summary>
    public VectorSnapshot WithChanges(long generation, IReadOnlySet<string> changedDocuments, VectorRows current)
    {
        if (current.Count > 0 && current.Dimensions != Dimensions)
        {
            throw new ArgumentException($"The changed rows have {current.Dimensions} dimensions, the snapshot {Dimensions}.", nameof(current));
        }

        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            kept += changedDocuments.Contains(DocumentIds[i]) ? 0 : 1;
        }

        var count = kept + current.Count;
        var vectors = new float[(long)count * Dimensions];
        var rowIds = new long[count];
        var chunkIds = new string[count];
        var documentIds = new string[count];
        var old = 0;
        var added = 0;
        for (var k = 0; k < count; k++)
        {
            while (old < Count && changedDocuments.Contains(DocumentIds[old]))
            {
                old++;
            }

            var target = vectors.AsSpan(k * Dimensions, Dimensions);
            if (added < current.Count && (old == Count || current.RowId(added) < RowIds[old]))
            {
                rowIds[k] = current.RowId(added);
                chunkIds[k] = current.ChunkId(added);
                documentIds[k] = current.DocumentId(added);
                current.Vector(added).CopyTo(target);
                added++;
            }
            else
            {
                rowIds[k] = RowIds[old];
                chunkIds[k] = ChunkIds[old];
                documentIds[k] = DocumentIds[old];
                Vectors.AsSpan(old * Dimensions, Dimensions).CopyTo(target);
                old++;
            }
        }

        return new VectorSnapshot(generation, Dimensions, vectors, rowIds, chunkIds, documentIds);
    }

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
