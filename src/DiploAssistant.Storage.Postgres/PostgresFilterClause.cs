using System.Text;
using DiploAssistant.Core.Retrieval;
using Npgsql;
using NpgsqlTypes;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Turns <see cref="SearchFilters"/> into SQL conditions on <c>documents</c> (alias <c>d</c>), as the SQLite store does:
/// From/To exclude undated documents; AsOf alone keeps them; sources compare case-insensitively.
/// </summary>
internal static class PostgresFilterClause
{
    public static bool IsEmpty(SearchFilters filters) =>
        filters.From is null && filters.LatestAllowed is null && filters.Source is null && filters.Language is null
        && filters.DocumentIds is null;

    /// <summary>" AND ..." conditions (empty when no filter), with their parameters added to <paramref name="command"/>.</summary>
    public static string Build(SearchFilters filters, NpgsqlCommand command)
    {
        var sql = new StringBuilder();
        if (filters.From is { } from)
        {
            sql.Append(" AND d.published >= @from");
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        }

        if (filters.LatestAllowed is { } latest)
        {
            sql.Append(filters.To is null
                ? " AND (d.published IS NULL OR d.published <= @latest)"
                : " AND d.published <= @latest");
            command.Parameters.Add(new NpgsqlParameter("latest", NpgsqlDbType.Date) { Value = latest });
        }

        if (filters.Source is { } source)
        {
            sql.Append(" AND lower(d.source) = lower(@source)");
            command.Parameters.AddWithValue("source", source);
        }

        if (filters.Language is { } language)
        {
            sql.Append(" AND d.language = @language");
            command.Parameters.AddWithValue("language", language);
        }

        if (filters.DocumentIds is { } ids)
        {
            sql.Append(" AND d.id = ANY(@documentIds)");
            command.Parameters.Add(new NpgsqlParameter("documentIds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ids.ToArray() });
        }

        return sql.ToString();
    }
}
