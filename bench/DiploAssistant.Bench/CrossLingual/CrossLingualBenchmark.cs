using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DiploAssistant.Bench.Peers;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Bench.CrossLingual;

/// <summary>
/// koen-news-parallel: the sentences of one language are the documents, each sentence of the other language must find its
/// pair. DiploAssistant (offline default: lexical BM25 + hashing embeddings, no translation) against FTS5 unicode61 and MiniSearch.
/// </summary>
internal sealed class CrossLingualBenchmark(string sharedData, string workDirectory, TextWriter log)
{
    private const int Top = 10;

    public async Task<CrossLingualReport> RunAsync(CancellationToken cancellationToken)
    {
        var pairs = Load(Path.Combine(sharedData, "koen-news-parallel", "koen_news_parallel.jsonl"));
        log.WriteLine($"{pairs.Count} sentence pairs");
        var rows = new List<CrossLingualRow>();
        string? skipped = null;
        foreach (var direction in Direction.Both)
        {
            var relevant = pairs.ToDictionary(p => p.Id, p => (IReadOnlySet<string>)new HashSet<string>([p.Id], StringComparer.Ordinal), StringComparer.Ordinal);
            var documents = pairs.Select(p => new PeerDocument(p.Id, string.Empty, direction.Indexed(p), null)).ToList();
            var queries = pairs.Select(p => new PeerQuery(p.Id, direction.Query(p))).ToList();

            await using (var diplo = new DiploAssistantInstance(Path.Combine(workDirectory, $"store-{direction.IndexedLanguage}")))
            {
                var clock = Stopwatch.StartNew();
                var ingest = await diplo.Ingestion.IngestAsync(Dump(pairs, direction), cancellationToken);
                var indexTime = clock.Elapsed;
                log.WriteLine($"{direction.Name}: DiploAssistant ingested {ingest.Added} sentences ({ingest.Failed} failed) in {indexTime.TotalSeconds:F1} s");
                var rankings = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                clock.Restart();
                await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (query, ct) =>
                {
                    var ranked = await diplo.Retriever.RetrieveDocumentsAsync(query.Text, SearchFilters.None, Top, ct);
                    rankings[query.Id] = ranked.Select(d => d.DocumentId).ToList();
                });
                rows.Add(new CrossLingualRow(direction.Name, "DiploAssistant HybridRetriever (offline default)", RecallFigures.Score(rankings, relevant), indexTime, clock.Elapsed));
            }

            {
                var clock = Stopwatch.StartNew();
                using var fts = new Fts5Index("unicode61");
                fts.Add(documents);
                var indexTime = clock.Elapsed;
                clock.Restart();
                var rankings = queries.ToDictionary(q => q.Id, q => fts.Search(q, useWindow: false, Top), StringComparer.Ordinal);
                rows.Add(new CrossLingualRow(direction.Name, "SQLite FTS5 unicode61 BM25", RecallFigures.Score(rankings, relevant), indexTime, clock.Elapsed));
            }

            var (nodeEngines, reason) = await new NodePeers(SharedDataLocator.FindRepositoryRoot(), workDirectory, log).RunAsync(documents, queries, Top, cancellationToken);
            skipped ??= reason;
            rows.AddRange(nodeEngines.Select(e => new CrossLingualRow(direction.Name, e.Engine, RecallFigures.Score(e.Rankings, relevant), e.IndexTime, e.QueryTime)));
            foreach (var row in rows.Where(r => r.Direction == direction.Name))
            {
                log.WriteLine($"  {row.Engine}: R@1 {row.Figures.RecallAt1:F3}  R@10 {row.Figures.RecallAt10:F3}  MRR@10 {row.Figures.MrrAt10:F3}");
            }
        }

        return new CrossLingualReport(pairs.Count, rows, skipped);
    }

    /// <summary>The indexed side as a dump upload: one record per sentence, its pair id as document id.</summary>
    private static RawSource Dump(IReadOnlyList<SentencePair> pairs, Direction direction)
    {
        var text = new StringBuilder();
        foreach (var pair in pairs)
        {
            text.Append(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = pair.Id,
                ["text"] = direction.Indexed(pair),
                ["lang"] = direction.IndexedLanguage,
            })).Append('\n');
        }

        return new RawSource($"koen-{direction.IndexedLanguage}.jsonl", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static List<SentencePair> Load(string path)
    {
        var pairs = new List<SentencePair>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            pairs.Add(new SentencePair(root.GetProperty("id").GetString()!, root.GetProperty("ko").GetString()!, root.GetProperty("en").GetString()!));
        }

        return pairs;
    }
}
