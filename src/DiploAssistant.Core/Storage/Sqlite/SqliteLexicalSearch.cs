using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// BM25 over the FTS5 index for candidates, then the first hits re-ranked by <see cref="PassageScorer"/>
/// (tunable BM25 and best-sentence coverage, with idf from the FTS5 vocabulary).
/// </summary>
internal sealed class SqliteLexicalSearch(
    SqliteConnection connection, ITextTokenizer tokenizer, SqliteDocumentStoreOptions options, CorpusStatisticsCache statistics)
{
    /// <summary>SQLite answers synchronously; the task form matches the store's interface.</summary>
    public Task<IReadOnlyList<ScoredChunk>> SearchAsync(
        IReadOnlyList<string> terms, SearchFilters filters, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(terms, filters, limit));
    }

    private IReadOnlyList<ScoredChunk> Search(IReadOnlyList<string> terms, SearchFilters filters, int limit)
    {
        var match = Fts5Query.Build(terms);
        if (match is null)
        {
            return [];
        }

        using var transaction = connection.BeginTransaction(deferred: true);
        var depth = options.Rerank ? Math.Max(limit, options.RerankDepth) : limit;
        var hits = SqliteFilterClause.IsEmpty(filters)
            ? ReadUnfiltered(transaction, match, depth)
            : SqliteFilteredLexicalSearch.Read(connection, transaction, match, filters, depth, options);

        if (!options.Rerank || hits.Count == 0)
        {
            return hits.Take(limit).Select(h => h.Hit).ToList();
        }

        var (idf, averageLength) = statistics.Read(connection, transaction, terms);
        return LexicalReranker.Rerank(
            hits, tokenizer, idf, new PassageScoring(options.K1, options.B, options.TitleWeight, averageLength, options.TitleCoversSentences), options.SentenceWeight, limit);
    }

    private List<(ScoredChunk Hit, string Title, string Text)> ReadUnfiltered(SqliteTransaction transaction, string match, int depth)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteLexicalSql.Unfiltered;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", depth);
        command.Parameters.AddWithValue("$titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("$bodyWeight", options.BodyWeight);
        var hits = new List<(ScoredChunk Hit, string Title, string Text)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // bm25() is lower-is-better; negate so that every ScoredChunk is higher-is-better.
            hits.Add((new ScoredChunk(reader.GetString(0), reader.GetString(1), -reader.GetDouble(2)), Title: reader.GetString(4), Text: reader.GetString(3)));
        }

        return hits;
    }
}
