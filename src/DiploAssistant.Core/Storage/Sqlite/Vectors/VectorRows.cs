using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite.Vectors;

/// <summary>
/// Chunk vectors read from <c>(rowid, id, document_id, embedding)</c> rows in rowid order, decoded into one growing array.
/// Rows whose blob does not have the expected length are skipped; with no expected length the first blob sets it.
/// </summary>
internal sealed class VectorRows
{
    private readonly List<long> _rowIds;
    private readonly List<string> _chunkIds;
    private readonly List<string> _documentIds;
    private float[] _vectors = [];

    public VectorRows(int dimensions, int capacity)
    {
        Dimensions = dimensions;
        _rowIds = new List<long>(capacity);
        _chunkIds = new List<string>(capacity);
        _documentIds = new List<string>(capacity);
    }

    public int Dimensions { get; private set; }

    public int Count => _rowIds.Count;

    public long RowId(int index) => _rowIds[index];

    public string ChunkId(int index) => _chunkIds[index];

    public string DocumentId(int index) => _documentIds[index];

    public ReadOnlySpan<float> Vector(int index) => _vectors.AsSpan(index * Dimensions, Dimensions);

    public void ReadAll(SqliteDataReader reader)
    {
        while (reader.Read())
        {
            var blob = (byte[])reader.GetValue(3);
            if (Dimensions == 0)
            {
                Dimensions = blob.Length / sizeof(float);
            }

            if (blob.Length != Dimensions * sizeof(float))
            {
                continue;
            }

            var needed = (long)(Count + 1) * Dimensions;
            if (_vectors.Length < needed)
            {
                Array.Resize(ref _vectors, (int)Math.Max(needed, Math.Max((long)_rowIds.Capacity * Dimensions, _vectors.Length * 2L)));
            }

            EmbeddingBlob.CopyTo(blob, _vectors.AsSpan(Count * Dimensions, Dimensions));
            _rowIds.Add(reader.GetInt64(0));
            _chunkIds.Add(reader.GetString(1));
            _documentIds.Add(reader.GetString(2));
        }
    }

    /// <summary>A snapshot of exactly these rows (the vectors array is trimmed to size).</summary>
    public VectorSnapshot ToSnapshot(long generation)
    {
        var vectors = _vectors.Length == Count * Dimensions ? _vectors : _vectors.AsSpan(0, Count * Dimensions).ToArray();
        return new VectorSnapshot(generation, Dimensions, vectors, [.. _rowIds], [.. _chunkIds], [.. _documentIds]);
    }
}
