using System.Buffers;
using System.Numerics.Tensors;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage.Sqlite.Vectors;

/// <summary>
/// All chunk vectors of one store generation, held contiguously in memory for brute-force cosine search
/// (vectors are stored normalised, so the dot product is the cosine up to the query's norm). A snapshot brought up to date
/// from an older one shares the older one's arrays: it marks the entries of changed documents removed and keeps their
/// current chunks in a small second snapshot, until those exceed an eighth of the shared arrays, when it is rebuilt flat.
/// Ties in score go to the lower rowid, so the order entries are held in never changes a ranking.
/// A search first scores the shared arrays' entries roughly from <see cref="QuantizedColumns"/> and computes the exact dot
/// product only for those whose rough score, within its error bound, could still reach the best <c>limit</c>: the same
/// results as scoring every entry exactly, for a pass over the question's non-zero dimensions instead of every value.
/// </summary>
internal sealed class VectorSnapshot
{
    private static readonly Comparer<(float Score, long RowId)> WorstFirst =
        Comparer<(float Score, long RowId)>.Create((x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.RowId.CompareTo(x.RowId));

    private readonly float[] _vectors;
    private readonly long[] _rowIds;
    private readonly string[] _chunkIds;
    private readonly string[] _documentIds;
    private readonly bool[]? _removed;
    private readonly int _removedCount;
    private readonly VectorSnapshot? _added;
    private readonly QuantizedColumns _columns;

    public VectorSnapshot(long generation, int dimensions, float[] vectors, long[] rowIds, string[] chunkIds, string[] documentIds)
        : this(generation, dimensions, vectors, rowIds, chunkIds, documentIds, null, 0, null,
            QuantizedColumns.Build(vectors.AsSpan(0, rowIds.Length * dimensions), rowIds.Length, dimensions))
    {
    }

    private VectorSnapshot(
        long generation, int dimensions, float[] vectors, long[] rowIds, string[] chunkIds, string[] documentIds,
        bool[]? removed, int removedCount, VectorSnapshot? added, QuantizedColumns columns)
    {
        Generation = generation;
        Dimensions = dimensions;
        _vectors = vectors;
        _rowIds = rowIds;
        _chunkIds = chunkIds;
        _documentIds = documentIds;
        _removed = removed;
        _removedCount = removedCount;
        _added = added;
        _columns = columns;
    }

    public long Generation { get; }

    public int Dimensions { get; }

    /// <summary>The chunks searched (removed entries not counted).</summary>
    public int Count => _rowIds.Length - _removedCount + (_added?.Count ?? 0);

    /// <summary>
    /// This snapshot without the chunks of <paramref name="changedDocuments"/>, plus their chunks as they are now
    /// (<paramref name="current"/>, same dimensions): what a full load at <paramref name="generation"/> would search, for the
    /// cost of a pass over the document ids instead of decoding every blob.
    /// </summary>
    public VectorSnapshot WithChanges(long generation, IReadOnlySet<string> changedDocuments, VectorRows current)
    {
        if (current.Count > 0 && current.Dimensions != Dimensions)
        {
            throw new ArgumentException($"The changed rows have {current.Dimensions} dimensions, the snapshot {Dimensions}.", nameof(current));
        }

        var removed = _removed is null ? new bool[_rowIds.Length] : (bool[])_removed.Clone();
        var removedCount = _removedCount;
        for (var i = 0; i < _rowIds.Length; i++)
        {
            if (!removed[i] && changedDocuments.Contains(_documentIds[i]))
            {
                removed[i] = true;
                removedCount++;
            }
        }

        var previous = _added ?? new VectorSnapshot(generation, Dimensions, [], [], [], []);
        var added = Merge(generation, previous, i => !changedDocuments.Contains(previous._documentIds[i]), current.ToSnapshot(generation));
        if (removedCount + added.Count > _rowIds.Length / 8)
        {
            return Merge(generation, this, i => !removed[i], added);
        }

        return new VectorSnapshot(
            generation, Dimensions, _vectors, _rowIds, _chunkIds, _documentIds, removed, removedCount, added.Count == 0 ? null : added, _columns);
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

        var best = new PriorityQueue<int, (float Score, long RowId)>(limit + 1, WorstFirst);
        ScanPruned(query, allowedRowIds, limit, best);
        _added?.Scan(query, allowedRowIds, limit, best, _rowIds.Length);
        var results = new ScoredChunk[best.Count];
        for (var k = results.Length - 1; k >= 0; k--)
        {
            best.TryDequeue(out var i, out var key);
            var (owner, index) = i < _rowIds.Length ? (this, i) : (_added!, i - _rowIds.Length);
            results[k] = new ScoredChunk(owner._chunkIds[index], owner._documentIds[index], key.Score / queryNorm);
        }

        return results;
    }

    /// <summary>
    /// Offers to <paramref name="best"/> every own entry that could be among the best <paramref name="limit"/>: those whose
    /// rough score is within twice the error bound of the <paramref name="limit"/>-th best rough score. Any other entry's
    /// exact score is below that of at least <paramref name="limit"/> entries, so it could not have been kept.
    /// </summary>
    private void ScanPruned(ReadOnlySpan<float> query, IReadOnlySet<long>? allowedRowIds, int limit, PriorityQueue<int, (float Score, long RowId)> best)
    {
        var count = _rowIds.Length;
        if (count <= limit)
        {
            Scan(query, allowedRowIds, limit, best, 0);
            return;
        }

        var rough = ArrayPool<float>.Shared.Rent(count);
        try
        {
            var bound = _columns.Approximate(query, rough.AsSpan(0, count));
            var floor = RoughThreshold(rough, allowedRowIds, limit) - (2.001f * bound);
            for (var i = 0; i < count; i++)
            {
                if (rough[i] >= floor && IsSearched(i, allowedRowIds))
                {
                    Offer(query, i, limit, best, 0);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rough);
        }
    }

    /// <summary>The <paramref name="limit"/>-th best rough score among the searched entries; −∞ when there are fewer.</summary>
    private float RoughThreshold(float[] rough, IReadOnlySet<long>? allowedRowIds, int limit)
    {
        var kept = new PriorityQueue<int, float>(limit + 1);
        var lowest = float.NegativeInfinity;
        for (var i = 0; i < _rowIds.Length; i++)
        {
            if ((kept.Count == limit && rough[i] <= lowest) || !IsSearched(i, allowedRowIds))
            {
                continue;
            }

            if (kept.Count < limit)
            {
                kept.Enqueue(i, rough[i]);
            }
            else
            {
                kept.EnqueueDequeue(i, rough[i]);
            }

            if (kept.Count == limit)
            {
                kept.TryPeek(out _, out lowest);
            }
        }

        return kept.Count == limit ? lowest : float.NegativeInfinity;
    }

    private bool IsSearched(int i, IReadOnlySet<long>? allowedRowIds) =>
        _removed?[i] != true && (allowedRowIds is null || allowedRowIds.Contains(_rowIds[i]));

    private void Offer(ReadOnlySpan<float> query, int i, int limit, PriorityQueue<int, (float Score, long RowId)> best, int offset)
    {
        var key = (TensorPrimitives.Dot(query, _vectors.AsSpan(i * Dimensions, Dimensions)), _rowIds[i]);
        if (best.Count < limit)
        {
            best.Enqueue(offset + i, key);
        }
        else if (best.TryPeek(out _, out var worst) && WorstFirst.Compare(key, worst) > 0)
        {
            best.EnqueueDequeue(offset + i, key);
        }
    }

    /// <summary>Offers this snapshot's own entries (not its added ones) to <paramref name="best"/>, numbered from <paramref name="offset"/>.</summary>
    private void Scan(ReadOnlySpan<float> query, IReadOnlySet<long>? allowedRowIds, int limit, PriorityQueue<int, (float Score, long RowId)> best, int offset)
    {
        for (var i = 0; i < _rowIds.Length; i++)
        {
            if (IsSearched(i, allowedRowIds))
            {
                Offer(query, i, limit, best, offset);
            }
        }
    }

    /// <summary>
    /// One flat snapshot: the entries of <paramref name="first"/>'s own arrays that <paramref name="keep"/> accepts, and all of
    /// <paramref name="second"/> (flat), both in rowid order, merged in rowid order.
    /// </summary>
    private static VectorSnapshot Merge(long generation, VectorSnapshot first, Func<int, bool> keep, VectorSnapshot second)
    {
        var dimensions = first.Dimensions;
        var kept = 0;
        for (var i = 0; i < first._rowIds.Length; i++)
        {
            kept += keep(i) ? 1 : 0;
        }

        var count = kept + second._rowIds.Length;
        var vectors = GC.AllocateUninitializedArray<float>(count * dimensions);
        var rowIds = new long[count];
        var chunkIds = new string[count];
        var documentIds = new string[count];
        var a = 0;
        var b = 0;
        for (var k = 0; k < count; k++)
        {
            while (a < first._rowIds.Length && !keep(a))
            {
                a++;
            }

            var (source, index) = b < second._rowIds.Length && (a == first._rowIds.Length || second._rowIds[b] < first._rowIds[a])
                ? (second, b++)
                : (first, a++);
            rowIds[k] = source._rowIds[index];
            chunkIds[k] = source._chunkIds[index];
            documentIds[k] = source._documentIds[index];
            source._vectors.AsSpan(index * dimensions, dimensions).CopyTo(vectors.AsSpan(k * dimensions, dimensions));
        }

        return new VectorSnapshot(generation, dimensions, vectors, rowIds, chunkIds, documentIds);
    }
}
