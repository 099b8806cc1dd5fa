using DiploAssistant.Core.Retrieval;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// BM25 in SQL, equal to SQLite FTS5's bm25(): the GIN index on <c>lexemes</c> finds the chunks holding each query term,
/// one term at a time (a lateral lookup per term, so the index is used whatever the planner's statistics say: one OR
/// over all terms was estimated to match a third of the table and read every row); those hits give each term's document
/// frequency and, together, the candidates; term frequencies come from the positions stored for each lexeme (title ones
/// weighted A); N and the average length come from <c>diplo_stats</c>. Each hit comes with its text and title, and
/// every row with the document frequencies and corpus totals, so the shared re-ranking needs no further round trip. For each distinct term,
/// idf = max(ln((N − df + 0.5) / (df + 0.5)), 1e-6), and score = Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)),
/// with tf = titleWeight·tf(title) + bodyWeight·tf(body).
/// </summary>
internal static class PostgresLexicalSearch
{
    public static NpgsqlCommand? Build(IReadOnlyList<string> queryTerms, SearchFilters filters, int limit, PostgresDocumentStoreOptions options)
    {
        var terms = queryTerms.Where(TextSearchLiteral.IsIndexable).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0 || limit <= 0)
        {
            return null;
        }

        var command = new NpgsqlCommand();
        var where = PostgresFilterClause.Build(filters, command);
        var join = where.Length == 0 ? string.Empty : "JOIN documents d ON d.id = c.document_id";
        command.CommandText = $"""
            WITH q AS (SELECT * FROM unnest(@terms::text[], @queries::text[]) AS q(term, query)),
            st AS (
                SELECT chunk_count, token_total, greatest(chunk_count, 1)::float8 AS n,
                       greatest(token_total::float8 / greatest(chunk_count, 1), 1e-9) AS avgdl
                FROM diplo_stats WHERE id = 1),
            hits AS MATERIALIZED (
                SELECT q.term, h.seq FROM q CROSS JOIN LATERAL (SELECT seq FROM chunks WHERE lexemes @@ q.query::tsquery) h),
            df AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
            idf AS (SELECT df.term, greatest(ln((st.n - df.df + 0.5) / (df.df + 0.5)), 1e-6) AS idf FROM df CROSS JOIN st),
            ranked AS (
                SELECT c.seq, c.id, c.document_id,
                       sum(idf.idf * f.tf * (@k1 + 1) / (f.tf + @k1 * (1 - @b + @b * c.token_count / st.avgdl))) AS score
                FROM (SELECT DISTINCT seq FROM hits) k
                JOIN chunks c ON c.seq = k.seq {join}
                CROSS JOIN st
                CROSS JOIN LATERAL (
                    SELECT u.lexeme,
                           @titleWeight * cardinality(array_positions(u.weights, 'A'))
                           + @bodyWeight * (cardinality(u.weights) - cardinality(array_positions(u.weights, 'A'))) AS tf
                    FROM unnest(c.lexemes) AS u
                    WHERE u.lexeme = ANY (@terms::text[])) f
                JOIN idf ON idf.term = f.lexeme
                WHERE true{where}
                GROUP BY c.seq, c.id, c.document_id
                ORDER BY score DESC, c.seq
                LIMIT @limit)
            SELECT r.id, r.document_id, r.score, c.text, d.title,
                   (SELECT array_agg(term) FROM df), (SELECT array_agg(df) FROM df), st.chunk_count, st.token_total
            FROM ranked r
            JOIN chunks c ON c.seq = r.seq
            JOIN documents d ON d.id = r.document_id
            CROSS JOIN st
            ORDER BY r.score DESC, r.seq
            """;
        command.Parameters.AddWithValue("terms", terms);
        command.Parameters.AddWithValue("queries", terms.Select(TextSearchLiteral.Quote).ToArray());
        command.Parameters.AddWithValue("k1", options.K1);
        command.Parameters.AddWithValue("b", options.B);
        command.Parameters.AddWithValue("titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("bodyWeight", options.BodyWeight);
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }
}
