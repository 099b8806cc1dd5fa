using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace DiploAssistant.Core.Storage.Sqlite.Vectors;

/// <summary>
/// A coarse copy of a snapshot's vectors for a first pass that reads little memory: one signed byte per value, stored
/// dimension by dimension (each dimension scaled by its largest magnitude), so that a question's vector, which has few
/// non-zero dimensions, is scored against every row by reading only those dimensions. The approximate scores come with a
/// bound on how far they can be from the exact float dot products, so the caller can re-score exactly only the rows that
/// could still be among the best.
/// </summary>
internal sealed class QuantizedColumns
{
    private const int Levels = 127;

    /// <summary>Rows scored per block: the block's scores and one converted column stay in the first-level cache.</summary>
    private const int Block = 2048;

    /// <summary>
    /// Quantization leaves each value within half a step; the rest covers rounding in the approximate sum and in the exact
    /// dot product it is compared with (each under 1% of the half step for 512 dimensions), with a wide margin.
    /// </summary>
    private const float BoundFactor = 0.55f;

    private readonly sbyte[] _values;
    private readonly float[] _steps;

    private QuantizedColumns(int rows, int dimensions, sbyte[] values, float[] steps)
    {
        Rows = rows;
        Dimensions = dimensions;
        _values = values;
        _steps = steps;
    }

    public int Rows { get; }

    public int Dimensions { get; }

    /// <summary>Builds the coarse copy of <paramref name="rows"/> row-major vectors of <paramref name="dimensions"/> values.</summary>
    public static QuantizedColumns Build(ReadOnlySpan<float> vectors, int rows, int dimensions)
    {
        var steps = new float[dimensions];
        for (var i = 0; i < rows; i++)
        {
            var row = vectors.Slice(i * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                steps[d] = MathF.Max(steps[d], MathF.Abs(row[d]));
            }
        }

        for (var d = 0; d < dimensions; d++)
        {
            steps[d] /= Levels;
        }

        var values = GC.AllocateUninitializedArray<sbyte>(rows * dimensions);
        for (var i = 0; i < rows; i++)
        {
            var row = vectors.Slice(i * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                values[(d * rows) + i] = steps[d] > 0 ? (sbyte)Math.Clamp(MathF.Round(row[d] / steps[d]), -Levels, Levels) : (sbyte)0;
            }
        }

        return new QuantizedColumns(rows, dimensions, values, steps);
    }

    /// <summary>
    /// Writes every row's approximate dot product with <paramref name="query"/> to <paramref name="scores"/> and returns the
    /// bound: each exact score (as <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> computes it)
    /// lies within the bound of its approximation.
    /// </summary>
    public float Approximate(ReadOnlySpan<float> query, Span<float> scores)
    {
        var used = new List<int>(Dimensions);
        var bound = 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            if (query[d] != 0 && _steps[d] > 0)
            {
                used.Add(d);
                bound += MathF.Abs(query[d]) * _steps[d];
            }
        }

        for (var start = 0; start < Rows; start += Block)
        {
            var block = scores.Slice(start, Math.Min(Block, Rows - start));
            block.Clear();
            foreach (var d in used)
            {
                AddScaled(_values.AsSpan((d * Rows) + start, block.Length), query[d] * _steps[d], block);
            }
        }

        return (bound * BoundFactor) + float.Epsilon;
    }

    /// <summary>scores += weight × values, widening the bytes to floats (TensorPrimitives converts bytes one at a time).</summary>
    private static void AddScaled(ReadOnlySpan<sbyte> values, float weight, Span<float> scores)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<float>(weight);
            var floats = MemoryMarshal.Cast<float, Vector<float>>(scores);
            for (; i + Vector<sbyte>.Count <= values.Length; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(values[i..]), out var low, out var high);
                Vector.Widen(low, out var a, out var b);
                Vector.Widen(high, out var c, out var d);
                var at = i / Vector<float>.Count;
                floats[at] += Vector.ConvertToSingle(a) * scale;
                floats[at + 1] += Vector.ConvertToSingle(b) * scale;
                floats[at + 2] += Vector.ConvertToSingle(c) * scale;
                floats[at + 3] += Vector.ConvertToSingle(d) * scale;
            }
        }

        for (; i < values.Length; i++)
        {
            scores[i] += values[i] * weight;
        }
    }
}
