using System.Globalization;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>Maps rows of <c>documents</c> (and <c>chunks</c>) back to records.</summary>
internal static class SqliteDocumentReader
{
    /// <summary>The document columns, in the order <see cref="ReadDocument"/> expects, for a query aliasing documents as <c>d</c>.</summary>
    public const string DocumentColumns = "d.id, d.title, d.source, d.url, d.uri, d.published, d.language";

    public static DocumentInfo ReadDocument(SqliteDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
        reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        reader.GetString(offset + 4),
        reader.IsDBNull(offset + 5) ? null : ParseDate(reader.GetString(offset + 5)),
        reader.GetString(offset + 6));

    /// <summary>Reads <c>c.id, c.document_id, c.ordinal, c.text, c.start</c> starting at <paramref name="offset"/>.</summary>
    public static Chunk ReadChunk(SqliteDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.GetInt32(offset + 2),
        reader.GetString(offset + 3),
        reader.GetInt32(offset + 4));

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
