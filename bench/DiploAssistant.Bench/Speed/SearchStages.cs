using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DiploAssistant.Bench.Peers;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Bench.Speed;

/// <summary>
/// Where a <c>search</c> spends its time over existing stores: the whole <see cref="HybridRetriever.RetrieveAsync"/> (top 10,
/// as <c>diplo search</c>) and, separately, each of its steps (the question's lexical search, the translated question's
/// lexical search among the other language's articles, the embedding and vector search) and the whole ask
/// (<see cref="IAskService"/>), one question at a time, warm, interleaved. Also prints a fingerprint of every result (ids
/// and exact scores) so that two builds can be shown to rank alike. With a baseline, raw FTS5 MATCH (top 10) over the same
/// articles is timed beside them, and the ratios printed.
/// </summary>
internal sealed class SearchStages(IReadOnlyList<string> questions, int rounds, TextWriter log, RawFts5Index? baseline = null)
{
    private const int Warmup = 5;
    private const int Top = 10;

    public async Task RunAsync(string storeDirectory, CancellationToken cancellationToken)
    {
        await using var product = new DiploAssistantInstance(storeDirectory);
        var options = HybridRetrieverOptions.Default;
        var statistics = await product.Store.GetStatisticsAsync(cancellationToken);
        var expander = new CrossLingualQueryExpander();
        var timings = new Dictionary<string, List<double>>
        {
            ["search"] = [],
            ["lexical"] = [],
            ["cross-lingual lexical"] = [],
            ["embed + vector"] = [],
            ["ask"] = [],
        };
        if (baseline is not null)
        {
            timings["raw FTS5 (baseline)"] = [];
        }

        var fingerprints = timings.Keys.ToDictionary(k => k, _ => IncrementalHash.CreateHash(HashAlgorithmName.SHA256));
        for (var round = 0; round < rounds + 1; round++)
        {
            var measured = round > 0;
            foreach (var question in round == 0 ? questions.Take(Warmup) : questions)
            {
                var clock = Stopwatch.StartNew();
                var found = await product.Retriever.RetrieveAsync(question, SearchFilters.None, Top, cancellationToken);
                Record("search", clock, found.Select(c => (c.Chunk.Id, c.Score)));

                clock.Restart();
                var lexical = await product.Store.SearchLexicalAsync(question, SearchFilters.None, options.Candidates, cancellationToken);
                Record("lexical", clock, lexical.Select(c => (c.ChunkId, c.Score)));

                clock.Restart();
                var target = CrossLingualQueryExpander.TargetLanguage(question);
                var translated = expander.Translate(question);
                var cross = translated is null
                    ? []
                    : await product.Store.SearchLexicalAsync(translated, SearchFilters.None with { Language = target }, options.Candidates, cancellationToken);
                Record("cross-lingual lexical", clock, cross.Select(c => (c.ChunkId, c.Score)));

                clock.Restart();
                var embeddings = await product.Embedder.GenerateAsync([question], cancellationToken: cancellationToken);
                var vector = await product.Store.SearchVectorAsync(embeddings[0].Vector, SearchFilters.None, options.Candidates, cancellationToken);
                Record("embed + vector", clock, vector.Select(c => (c.ChunkId, c.Score)));

                clock.Restart();
                var answer = await product.Ask.AskAsync(new AskRequest(question), cancellationToken);
                Record("ask", clock, answer.Citations.Select(c => (c.DocumentId, c.Score)).Prepend((answer.Text, answer.Answered ? 1.0 : 0.0)));

                if (baseline is not null)
                {
                    clock.Restart();
                    var rows = baseline.Search(question, Top);
                    Record("raw FTS5 (baseline)", clock, [(rows.ToString(CultureInfo.InvariantCulture), 0)]);
                }

                void Record(string stage, Stopwatch stopwatch, IEnumerable<(string Id, double Score)> results)
                {
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    if (!measured)
                    {
                        return;
                    }

                    timings[stage].Add(elapsed);
                    if (round == 1)
                    {
                        var line = string.Join(';', results.Select(r => r.Id + "=" + r.Score.ToString("R", CultureInfo.InvariantCulture)));
                        fingerprints[stage].AppendData(Encoding.UTF8.GetBytes(question + "\n" + line + "\n"));
                    }
                }
            }
        }

        log.WriteLine($"{storeDirectory}: {statistics.Documents} documents, {statistics.Chunks} chunks, {questions.Count} questions × {rounds} rounds");
        foreach (var (stage, values) in timings)
        {
            var figures = LatencyFigures.Of(values);
            var fingerprint = Convert.ToHexString(fingerprints[stage].GetHashAndReset())[..16];
            log.WriteLine($"  {stage,-22} p50 {figures.P50,7:F2}  p95 {figures.P95,7:F2}  p99 {figures.P99,7:F2} ms   results {fingerprint}");
        }

        if (baseline is not null)
        {
            var fts5 = LatencyFigures.Of(timings["raw FTS5 (baseline)"]);
            var search = LatencyFigures.Of(timings["search"]);
            var ask = LatencyFigures.Of(timings["ask"]);
            log.WriteLine($"  search / raw FTS5: p50 {search.P50 / fts5.P50:F1}×, p95 {search.P95 / fts5.P95:F1}×; ask / raw FTS5: p50 {ask.P50 / fts5.P50:F1}×, p95 {ask.P95 / fts5.P95:F1}×");
        }
    }
}
