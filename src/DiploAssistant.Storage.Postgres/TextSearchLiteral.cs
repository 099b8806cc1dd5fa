using System.Globalization;
using System.Text;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// Builds <c>tsvector</c> and <c>tsquery</c> input text from app-side tokens, so Postgres never re-parses them:
/// each term is a quoted lexeme taken verbatim. In a chunk's tsvector, a term's positions encode its frequencies —
/// one position weighted A per title occurrence, one unweighted (D) per body occurrence — which BM25 reads back.
/// </summary>
internal static class TextSearchLiteral
{
    /// <summary>Postgres keeps at most 256 positions per lexeme.</summary>
    public const int MaxPositions = 256;

    /// <summary>Postgres rejects longer lexemes (2 KiB); such tokens are not real words.</summary>
    private const int MaxLexemeBytes = 2046;

    public static string Quote(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    public static bool IsIndexable(string term) => term.Length > 0 && Encoding.UTF8.GetByteCount(term) <= MaxLexemeBytes;

    public static string ToTsVector(IReadOnlyList<string> titleTerms, IReadOnlyList<string> bodyTerms)
    {
        var counts = new Dictionary<string, (int Title, int Body)>(StringComparer.Ordinal);
        foreach (var term in titleTerms.Where(IsIndexable))
        {
            counts[term] = counts.TryGetValue(term, out var c) ? (c.Title + 1, c.Body) : (1, 0);
        }

        foreach (var term in bodyTerms.Where(IsIndexable))
        {
            counts[term] = counts.TryGetValue(term, out var c) ? (c.Title, c.Body + 1) : (0, 1);
        }

        var text = new StringBuilder();
        foreach (var (term, (title, body)) in counts)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Quote(term)).Append(':');
            var positions = Math.Min(title + body, MaxPositions);
            for (var p = 1; p <= positions; p++)
            {
                text.Append(p.ToString(CultureInfo.InvariantCulture)).Append(p <= title ? "A" : string.Empty);
                if (p < positions)
                {
                    text.Append(',');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>An OR of the distinct terms, or null when there is none.</summary>
    public static string? ToOrQuery(IReadOnlyList<string> distinctTerms) =>
        distinctTerms.Count == 0 ? null : string.Join(" | ", distinctTerms.Select(Quote));
}
