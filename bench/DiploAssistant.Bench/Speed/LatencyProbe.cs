using System.Diagnostics;
using DiploAssistant.Bench.Peers;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Bench.Speed;

/// <summary>
/// Times each question, one at a time and warm (in process, as the server runs them), through <c>search</c>
/// (HybridRetriever.RetrieveAsync, top 10 as `diplo search`), <c>ask</c> (IAskService) and raw FTS5 MATCH, interleaved
/// so that the machine's noise falls on all three alike.
/// </summary>
internal static class LatencyProbe
{
    private const int Warmup = 5;

    public static async Task<(LatencyRow Row, IReadOnlyList<string> Answered)> MeasureAsync(
        string storeDirectory, RawFts5Index baseline, IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        await using var product = new DiploAssistantInstance(storeDirectory);
        var statistics = await product.Store.GetStatisticsAsync(cancellationToken);
        foreach (var question in questions.Take(Warmup))
        {
            await product.Retriever.RetrieveAsync(question, SearchFilters.None, 10, cancellationToken);
            await product.Ask.AskAsync(new AskRequest(question), cancellationToken);
            baseline.Search(question, 10);
        }

        var search = new List<double>();
        var ask = new List<double>();
        var fts5 = new List<double>();
        var answered = new List<string>();
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            await product.Retriever.RetrieveAsync(question, SearchFilters.None, 10, cancellationToken);
            search.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            var answer = await product.Ask.AskAsync(new AskRequest(question), cancellationToken);
            ask.Add(clock.Elapsed.TotalMilliseconds);
            if (answer.Answered && answer.Citations.Count > 0)
            {
                answered.Add(question);
            }

            clock.Restart();
            baseline.Search(question, 10);
            fts5.Add(clock.Elapsed.TotalMilliseconds);
        }

        var row = new LatencyRow(statistics.Documents, statistics.Chunks, questions.Count,
            LatencyFigures.Of(search), LatencyFigures.Of(ask), LatencyFigures.Of(fts5));
        return (row, answered);
    }
}
