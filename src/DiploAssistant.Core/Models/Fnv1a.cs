namespace DiploAssistant.Core.Models;

/// <summary>32-bit FNV-1a over UTF-16 code units: stable across processes and platforms, unlike string.GetHashCode.</summary>
internal static class Fnv1a
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(ReadOnlySpan<char> text, uint seed = 0)
    {
        var hash = OffsetBasis ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        // Final avalanche so that low bits (used for the bucket) depend on every character.
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6dU;
        hash ^= hash >> 12;
        return hash;
    }
}
