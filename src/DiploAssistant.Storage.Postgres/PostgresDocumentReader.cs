using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>Maps rows of <c>documents</c> (and <c>chunks</c>) back to records.</summary>
internal static class PostgresDocumentReader
{
    /// <summary>The document columns, in the order <see cref="ReadDocument"/> expects, for a query aliasing documents as <c>d</c>.</summary>
    public const string DocumentColumns = "d.id, d.title, d.source, d.url, d.uri, d.published, d.language";

    public static DocumentInfo ReadDocument(NpgsqlDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
        reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        reader.GetString(offset + 4),
        reader.IsDBNull(offset + 5) ? null : reader.GetFieldValue<DateOnly>(offset + 5),
        reader.GetString(offset + 6));

    /// <summary>Reads <c>c.id, c.document_id, c.ordinal, c.text, c.start</c> starting at <paramref name="offset"/>.</summary>
    public static Chunk ReadChunk(NpgsqlDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.GetInt32(offset + 2),
        reader.GetString(offset + 3),
        reader.GetInt32(offset + 4));
}
