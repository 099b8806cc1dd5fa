using DiploAssistant.Core.Retrieval;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// BM25 in SQL, equal to SQLite FTS5's bm25(): the GIN index on <c>lexemes</c> finds the chunks holding any query term;
/// term frequencies come from the positions stored for each lexeme (title ones weighted A); document frequencies are
/// counted through the same index; N and the average length come from <c>diplo_stats</c>. For each distinct term,
/// idf = max(ln((N − df + 0.5) / (df + 0.5)), 1e-6), and score = Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)),
/// with tf = titleWeight·tf(title) + bodyWeight·tf(body).
/// </summary>
internal static class PostgresLexicalSearch
{
    public static NpgsqlCommand? Build(IReadOnlyList<string> queryTerms, SearchFilters filters, int limit, PostgresDocumentStoreOptions options)
    {
        var terms = queryTerms.Where(TextSearchLiteral.IsIndexable).Distinct(StringComparer.Ordinal).ToArray();
        if (TextSearchLiteral.ToOrQuery(terms) is not { } match || limit <= 0)
        {
            return null;
        }

        var command = new NpgsqlCommand();
        var where = PostgresFilterClause.Build(filters, command);
        var join = where.Length == 0 ? string.Empty : "JOIN documents d ON d.id = c.document_id";
        command.CommandText = $"""
            WITH q AS (SELECT * FROM unnest(@terms::text[], @queries::text[]) AS q(term, query)),
            st AS (
                SELECT greatest(chunk_count, 1)::float8 AS n, greatest(token_total::float8 / greatest(chunk_count, 1), 1e-9) AS avgdl
                FROM diplo_stats WHERE id = 1),
            idf AS (
                SELECT q.term, greatest(ln((st.n - h.hits + 0.5) / (h.hits + 0.5)), 1e-6) AS idf
                FROM q CROSS JOIN st
                CROSS JOIN LATERAL (SELECT count(*)::float8 AS hits FROM chunks WHERE lexemes @@ q.query::tsquery) h)
            SELECT c.id, c.document_id,
                   sum(idf.idf * f.tf * (@k1 + 1) / (f.tf + @k1 * (1 - @b + @b * c.token_count / st.avgdl))) AS score
            FROM chunks c {join}
            CROSS JOIN st
            CROSS JOIN LATERAL (
                SELECT u.lexeme,
                       @titleWeight * cardinality(array_positions(u.weights, 'A'))
                       + @bodyWeight * (cardinality(u.weights) - cardinality(array_positions(u.weights, 'A'))) AS tf
                FROM unnest(c.lexemes) AS u
                WHERE u.lexeme = ANY (@terms::text[])) f
            JOIN idf ON idf.term = f.lexeme
            WHERE c.lexemes @@ @match::tsquery{where}
            GROUP BY c.seq, c.id, c.document_id
            ORDER BY score DESC, c.seq
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("terms", terms);
        command.Parameters.AddWithValue("queries", terms.Select(TextSearchLiteral.Quote).ToArray());
        command.Parameters.AddWithValue("match", match);
        command.Parameters.AddWithValue("k1", options.K1);
        command.Parameters.AddWithValue("b", options.B);
        command.Parameters.AddWithValue("titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("bodyWeight", options.BodyWeight);
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }
}
