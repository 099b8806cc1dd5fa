using System.Buffers.Binary;

namespace DiploAssistant.Core.Clusters;

/// <summary>
/// A document's MinHash signature over the character 5-gram shingles of its normalised text (<see cref="WireCopyText"/>):
/// <see cref="Length"/> minima, one per fixed hash function, so that the share of equal positions of two signatures
/// estimates the Jaccard similarity of the two shingle sets. Its <see cref="BandKeys"/> (LSH banding) find candidates; the
/// shingle count and the text's numbers let <see cref="WireCopyMatch"/> refuse templates (the same sentence about another
/// day, rate or country).
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>Hash functions (signature positions).</summary>
    public const int Length = Bands * RowsPerBand;

    /// <summary>
    /// LSH bands of <see cref="RowsPerBand"/> positions: two documents are candidates when a band is equal. With 20 × 5, pairs
    /// of Jaccard 0.5 are found with probability 0.47, 0.6 with 0.80, 0.7 with 0.97.
    /// </summary>
    public const int Bands = 20;

    public const int RowsPerBand = 5;

    /// <summary>Shorter texts (fewer distinct shingles) get no signature: too little text to tell a copy from a coincidence.</summary>
    public const int MinimumShingles = 40;

    private const int ShingleLength = 5;

    // Fixed seeds: signatures stored by one process must compare equal with those computed by another.
    private static readonly (ulong Multiplier, ulong Offset)[] Functions = CreateFunctions();

    /// <summary>At most this many numbers are kept (a long table of figures gains nothing from more).</summary>
    private const int MaxNumbers = 255;

    private readonly uint[] _values;
    private readonly uint[] _numbers;

    private MinHashSignature(uint[] values, int shingles, uint[] numbers)
    {
        _values = values;
        Shingles = shingles;
        _numbers = numbers;
    }

    public IReadOnlyList<uint> Values => _values;

    /// <summary>How many distinct shingles the text had: short texts need a closer match (<see cref="WireCopyMatch"/>).</summary>
    public int Shingles { get; }

    /// <summary>Hashes of the text's numbers (digit runs: dates, counts, amounts), distinct and sorted; copies share them.</summary>
    public IReadOnlyList<uint> Numbers => _numbers;

    /// <summary>The signature of a document's title and cleaned body; null when the text is too short to compare.</summary>
    public static MinHashSignature? Compute(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var normalized = WireCopyText.Normalize(title + "\n" + text);
        if (normalized.Length < ShingleLength)
        {
            return null;
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleLength <= normalized.Length; i++)
        {
            shingles.Add(ShingleHash(normalized.AsSpan(i, ShingleLength)));
        }

        if (shingles.Count < MinimumShingles)
        {
            return null;
        }

        var values = new uint[Length];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var f = 0; f < Length; f++)
            {
                var (multiplier, offset) = Functions[f];
                var hash = (uint)(((shingle * multiplier) + offset) >> 32);
                if (hash < values[f])
                {
                    values[f] = hash;
                }
            }
        }

        return new MinHashSignature(values, shingles.Count, NumbersOf(normalized));
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>: shingle count, number count, numbers, then the minima.</summary>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        var numberCount = bytes.Length >= 2 * sizeof(uint) ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[sizeof(uint)..]) : 0;
        if (numberCount > MaxNumbers || bytes.Length != (2 + numberCount + Length) * sizeof(uint))
        {
            throw new DiploException($"A stored MinHash signature has {bytes.Length} bytes, which is not a signature of {Length} values.");
        }

        var words = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return new MinHashSignature(words[(2 + (int)numberCount)..], (int)words[0], words[2..(2 + (int)numberCount)]);
    }

    public byte[] ToBytes()
    {
        uint[] words = [(uint)Shingles, (uint)_numbers.Length, .. _numbers, .. _values];
        var bytes = new byte[words.Length * sizeof(uint)];
        for (var i = 0; i < words.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), words[i]);
        }

        return bytes;
    }

    /// <summary>The estimated Jaccard similarity of the two documents' shingle sets: the share of equal positions.</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                equal++;
            }
        }

        return (double)equal / Length;
    }

    /// <summary>One key per band, the band's number mixed in: documents sharing any key are candidates.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = Mix((ulong)band + 0x9E3779B97F4A7C15UL);
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = Mix(hash ^ _values[(band * RowsPerBand) + row]);
            }

            keys[band] = (long)hash;
        }

        return keys;
    }

    private static uint[] NumbersOf(string normalized)
    {
        var numbers = new SortedSet<uint>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var digit = i < normalized.Length && char.IsAsciiDigit(normalized[i]);
            if (digit && start < 0)
            {
                start = i;
            }
            else if (!digit && start >= 0)
            {
                numbers.Add((uint)ShingleHash(normalized.AsSpan(start, i - start)));
                start = -1;
            }
        }

        return [.. numbers.Take(MaxNumbers)];
    }

    private static ulong ShingleHash(ReadOnlySpan<char> shingle)
    {
        // 64-bit FNV-1a over the UTF-16 code units, then a finaliser so that every bit depends on every character.
        var hash = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static (ulong, ulong)[] CreateFunctions()
    {
        var functions = new (ulong, ulong)[Length];
        var state = 0x5DEECE66DUL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var multiplier = Mix(state) | 1;
            state += 0x9E3779B97F4A7C15UL;
            functions[i] = (multiplier, Mix(state));
        }

        return functions;
    }
}
