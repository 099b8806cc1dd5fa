using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// Chunk count and average chunk length in terms (for BM25 re-ranking), recomputed only when <c>meta.generation</c>
/// changes: averaging reads every chunk row, far too slow to do per question.
/// </summary>
internal sealed class CorpusStatisticsCache
{
    private (long Generation, double Chunks, double AverageLength)? _cached;
    private readonly Lock _lock = new();

    public (double Chunks, double AverageLength) Get(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
        var generation = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (_cached is { } cached && cached.Generation == generation)
            {
                return (cached.Chunks, cached.AverageLength);
            }
        }

        command.CommandText = "SELECT COUNT(*), COALESCE(AVG(token_count), 0) FROM chunks";
        using var reader = command.ExecuteReader();
        reader.Read();
        var fresh = (generation, (double)reader.GetInt64(0), reader.GetDouble(1));
        lock (_lock)
        {
            _cached = fresh;
        }

        return (fresh.Item2, fresh.Item3);
    }
}
