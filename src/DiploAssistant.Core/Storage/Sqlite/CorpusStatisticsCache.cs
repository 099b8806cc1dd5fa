using System.Globalization;
using DiploAssistant.Core.Retrieval;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Chunk count, average chunk length in terms and the terms' chunk frequencies (for BM25 re-ranking), kept until
/// <c>meta.generation</c> changes: averaging reads every chunk row, far too slow to do per question, and each frequency is
/// a lookup in the FTS5 vocabulary that questions sharing terms would otherwise repeat.
/// </summary>
internal sealed class CorpusStatisticsCache
{
    /// <summary>Frequencies kept at most; past it they are dropped and read again (a store's generation rarely sees so many).</summary>
    private const int MaxTerms = 200_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _frequencies = new(StringComparer.Ordinal);
    private (long Generation, double Chunks, double AverageLength)? _cached;

    /// <summary>
    /// The idf of each distinct term the index holds, in the terms' order, and the average chunk length, as the store is
    /// seen by <paramref name="transaction"/>.
    /// </summary>
    public (Dictionary<string, double> Idf, double AverageLength) Read(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> terms)
    {
        var (generation, chunks, averageLength) = Totals(connection, transaction);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // One equality lookup per term: fts5vocab answers "term = ?" from the index directly, while other shapes scan it.
        command.CommandText = "SELECT doc FROM chunks_vocab WHERE term = $term";
        var term = command.Parameters.Add(new SqliteParameter("$term", ""));
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms.Distinct(StringComparer.Ordinal))
        {
            if (!TryGetFrequency(generation, t, out var documents))
            {
                term.Value = t;
                documents = command.ExecuteScalar() is long found ? found : -1;
                Remember(generation, t, documents);
            }

            if (documents >= 0)
            {
                idf[t] = LexicalReranker.Idf(chunks, documents);
            }
        }

        return (idf, averageLength);
    }

    private (long Generation, double Chunks, double AverageLength) Totals(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
        var generation = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (_cached is { } cached && cached.Generation == generation)
            {
                return cached;
            }
        }

        command.CommandText = "SELECT COUNT(*), COALESCE(AVG(token_count), 0) FROM chunks";
        using var reader = command.ExecuteReader();
        reader.Read();
        var fresh = (generation, (double)reader.GetInt64(0), reader.GetDouble(1));
        lock (_lock)
        {
            if (_cached?.Generation != generation)
            {
                _frequencies.Clear();
            }

            _cached = fresh;
        }

        return fresh;
    }

    /// <summary>A frequency read at <paramref name="generation"/>; −1 marks a term the index does not hold.</summary>
    private bool TryGetFrequency(long generation, string term, out long documents)
    {
        lock (_lock)
        {
            documents = 0;
            return _cached?.Generation == generation && _frequencies.TryGetValue(term, out documents);
        }
    }

    private void Remember(long generation, string term, long documents)
    {
        lock (_lock)
        {
            // A search at another generation may have replaced the totals meanwhile: keep only what matches them.
            if (_cached?.Generation != generation)
            {
                return;
            }

            if (_frequencies.Count >= MaxTerms)
            {
                _frequencies.Clear();
            }

            _frequencies[term] = documents;
        }
    }
}
