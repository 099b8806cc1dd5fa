using System.Globalization;
using System.Text;
using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Turns <see cref="SearchFilters"/> into SQL conditions on the <c>documents</c> table (alias <c>d</c>).
/// From/To exclude undated documents; AsOf alone keeps them, since they cannot be shown to be from the future.
/// </summary>
internal static class SqliteFilterClause
{
    public static bool IsEmpty(SearchFilters filters) =>
        filters.From is null && filters.LatestAllowed is null && filters.Source is null && filters.Language is null
        && filters.DocumentIds is null;

    /// <summary>" AND ..." conditions (empty when no filter), with their parameters added to <paramref name="command"/>.</summary>
    public static string Build(SearchFilters filters, SqliteCommand command)
    {
        var sql = new StringBuilder();
        if (filters.From is { } from)
        {
            sql.Append(" AND d.published >= $from");
            command.Parameters.AddWithValue("$from", Format(from));
        }

        if (filters.LatestAllowed is { } latest)
        {
            sql.Append(filters.To is null
                ? " AND (d.published IS NULL OR d.published <= $latest)"
                : " AND d.published <= $latest");
            command.Parameters.AddWithValue("$latest", Format(latest));
        }

        if (filters.Source is { } source)
        {
            sql.Append(" AND d.source = $source COLLATE NOCASE");
            command.Parameters.AddWithValue("$source", source);
        }

        if (filters.Language is { } language)
        {
            sql.Append(" AND d.language = $language");
            command.Parameters.AddWithValue("$language", language);
        }

        if (filters.DocumentIds is { } ids)
        {
            sql.Append(" AND d.id IN (SELECT value FROM json_each($documentIds))");
            command.Parameters.AddWithValue("$documentIds", System.Text.Json.JsonSerializer.Serialize(ids));
        }

        return sql.ToString();
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
