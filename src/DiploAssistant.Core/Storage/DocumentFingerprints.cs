using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// One SHA-256 per document over its row and all its chunk rows, so a store check can tell which version of a document is
/// stored. The query's rows are ordered by document id; the first <see cref="DocumentColumns"/> columns (the id first)
/// belong to the document, the rest to one chunk.
/// </summary>
public static class DocumentFingerprints
{
    public const int DocumentColumns = 9;

    public static async Task<Dictionary<string, string>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        IncrementalHash? hash = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (id != current)
            {
                Finish(fingerprints, current, hash);
                current = id;
                hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                for (var i = 0; i < DocumentColumns; i++)
                {
                    Append(hash, reader, i);
                }
            }

            for (var i = DocumentColumns; i < reader.FieldCount; i++)
            {
                Append(hash!, reader, i);
            }
        }

        Finish(fingerprints, current, hash);
        return fingerprints;
    }

    private static void Append(IncrementalHash hash, DbDataReader reader, int ordinal)
    {
        var bytes = reader.IsDBNull(ordinal)
            ? [0xFF]
            : reader.GetValue(ordinal) is byte[] blob ? blob : Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture)!);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }

    private static void Finish(Dictionary<string, string> fingerprints, string? id, IncrementalHash? hash)
    {
        if (id is not null && hash is not null)
        {
            fingerprints[id] = Convert.ToHexStringLower(hash.GetHashAndReset());
            hash.Dispose();
        }
    }
}
