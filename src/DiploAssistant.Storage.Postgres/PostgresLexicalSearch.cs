using DiploAssistant.Core.Retrieval;
using Npgsql;

namespace DiploAssistant.Storage.Postgres;

/// <summary>
/// BM25 in SQL, equal to SQLite FTS5's bm25(). One pass over the chunks matching the OR of the query terms (the GIN index
/// on <c>lexemes</c>; the query comes from a materialized CTE, so it is costed with the default selectivity rather than
/// from missing statistics, which made it look like a third of the table) reads each candidate's lexemes once, giving
/// each query term's frequency (positions: title ones weighted A) and, counted over all candidates, its document
/// frequency, where a count per term used to scan once more per term; N and the average length come from <c>diplo_stats</c>. For each distinct term,
/// idf = max(ln((N − df + 0.5) / (df + 0.5)), 1e-6), and score = Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)),
/// with tf = titleWeight·tf(title) + bodyWeight·tf(body). Each hit comes with its text and title, and every row with the
/// document frequencies and corpus totals, so the shared re-ranking needs no further round trip.
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
        var join = where.Length == 0 ? string.Empty : "JOIN documents d ON d.id = p.document_id";
        command.CommandText = $"""
            WITH m AS MATERIALIZED (SELECT @match::tsquery AS query),
            st AS (
                SELECT chunk_count, token_total, greatest(chunk_count, 1)::float8 AS n,
                       greatest(token_total::float8 / greatest(chunk_count, 1), 1e-9) AS avgdl
                FROM diplo_stats WHERE id = 1),
            postings AS MATERIALIZED (
                SELECT c.seq, c.id, c.document_id, c.token_count, u.lexeme AS term,
                       @titleWeight * cardinality(array_positions(u.weights, 'A'))
                       + @bodyWeight * (cardinality(u.weights) - cardinality(array_positions(u.weights, 'A'))) AS tf
                FROM m
                JOIN chunks c ON c.lexemes @@ m.query
                CROSS JOIN LATERAL unnest(c.lexemes) AS u
                WHERE u.lexeme = ANY (@terms::text[])),
            df AS (SELECT term, count(*) AS df FROM postings GROUP BY term),
            idf AS (SELECT df.term, greatest(ln((st.n - df.df + 0.5) / (df.df + 0.5)), 1e-6) AS idf FROM df CROSS JOIN st),
            ranked AS (
                SELECT p.seq, p.id, p.document_id,
                       sum(idf.idf * p.tf * (@k1 + 1) / (p.tf + @k1 * (1 - @b + @b * p.token_count / st.avgdl))) AS score
                FROM postings p {join}
                JOIN idf ON idf.term = p.term
                CROSS JOIN st
                WHERE true{where}
                GROUP BY p.seq, p.id, p.document_id
                ORDER BY score DESC, p.seq
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
        command.Parameters.AddWithValue("match", match);
        command.Parameters.AddWithValue("k1", options.K1);
        command.Parameters.AddWithValue("b", options.B);
        command.Parameters.AddWithValue("titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("bodyWeight", options.BodyWeight);
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }
}
