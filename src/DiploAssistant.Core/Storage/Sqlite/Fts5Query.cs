namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>Builds an FTS5 MATCH expression: an OR of quoted, distinct query terms.</summary>
internal static class Fts5Query
{
    public static string? Build(IEnumerable<string> terms)
    {
        var distinct = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0
            ? null
            : string.Join(" OR ", distinct.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
