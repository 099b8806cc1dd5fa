using System.Runtime.InteropServices;

namespace DiploAssistant.Core.Storage.Sqlite.Vectors;

/// <summary>Vectors stored as little-endian float32 BLOBs.</summary>
internal static class EmbeddingBlob
{
    public static byte[] ToBytes(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static void CopyTo(ReadOnlySpan<byte> blob, Span<float> destination) =>
        MemoryMarshal.Cast<byte, float>(blob).CopyTo(destination);
}
