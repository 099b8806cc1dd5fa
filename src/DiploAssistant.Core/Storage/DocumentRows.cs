using System.Data.Common;
using System.Globalization;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Storage;

/// <summary>
/// Maps rows of a SQL store's <c>documents</c> and <c>chunks</c> tables back to records: the reads the SQLite and Postgres
/// stores share (both keep the same columns under the same names).
/// </summary>
public static class DocumentRows
{
    /// <summary>The document columns, in the order <see cref="ReadDocument"/> expects, for a query aliasing documents as <c>d</c>.</summary>
    public const string DocumentColumns = "d.id, d.title, d.source, d.url, d.uri, d.published, d.language";

    /// <summary>The chunk columns, in the order <see cref="ReadChunk"/> expects, for a query aliasing chunks as <c>c</c>.</summary>
    public const string ChunkColumns = "c.id, c.document_id, c.ordinal, c.text, c.start";

    public static DocumentInfo ReadDocument(DbDataReader reader, int offset)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DocumentInfo(
            reader.GetString(offset),
            reader.GetString(offset + 1),
            reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
            reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
            reader.GetString(offset + 4),
            reader.IsDBNull(offset + 5) ? null : ReadDate(reader, offset + 5),
            reader.GetString(offset + 6));
    }

    /// <summary>Reads <see cref="ChunkColumns"/> starting at <paramref name="offset"/>.</summary>
    public static Chunk ReadChunk(DbDataReader reader, int offset)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Chunk(
            reader.GetString(offset),
            reader.GetString(offset + 1),
            reader.GetInt32(offset + 2),
            reader.GetString(offset + 3),
            reader.GetInt32(offset + 4));
    }

    /// <summary>A date column: SQLite keeps <c>yyyy-MM-dd</c> text, Postgres a <c>date</c>.</summary>
    public static DateOnly ReadDate(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetFieldType(ordinal) == typeof(string)
            ? DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : reader.GetFieldValue<DateOnly>(ordinal);
    }

    /// <summary>Reads (id, content hash) rows into a dictionary.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadContentHashesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>Reads rows of <see cref="ChunkColumns"/>.</summary>
    public static async Task<IReadOnlyList<Chunk>> ReadChunksAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var chunks = new List<Chunk>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(ReadChunk(reader, 0));
        }

        return chunks;
    }

    /// <summary>
    /// Reads rows of <see cref="ChunkColumns"/> then <see cref="DocumentColumns"/> and returns them in the order of
    /// <paramref name="chunkIds"/>, skipping ids no row has.
    /// </summary>
    public static async Task<IReadOnlyList<RetrievedChunk>> ReadRetrievedInOrderAsync(
        DbCommand command, IReadOnlyList<string> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(chunkIds);
        var found = new Dictionary<string, RetrievedChunk>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var chunk = ReadChunk(reader, 0);
                found[chunk.Id] = new RetrievedChunk(chunk, ReadDocument(reader, 5), 0);
            }
        }

        return chunkIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
