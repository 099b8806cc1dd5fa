using System.Globalization;
using System.Text;

namespace DiploAssistant.Storage.Postgres;

/// <summary>pgvector's text form, <c>[0.1,0.2,…]</c>, sent as a text parameter and cast with <c>::vector</c>.</summary>
internal static class VectorLiteral
{
    public static string Format(ReadOnlySpan<float> vector)
    {
        EnsureFinite(vector);
        var text = new StringBuilder(vector.Length * 12);
        text.Append('[');
        for (var i = 0; i < vector.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(vector[i].ToString("R", CultureInfo.InvariantCulture));
        }

        return text.Append(']').ToString();
    }

    /// <summary>pgvector refuses NaN and infinities; saying so before anything is written names the cause.</summary>
    public static void EnsureFinite(ReadOnlySpan<float> vector)
    {
        if (!System.Numerics.Tensors.TensorPrimitives.IsFiniteAll(vector))
        {
            throw new ArgumentException("Embeddings must hold finite numbers.", nameof(vector));
        }
    }
}
