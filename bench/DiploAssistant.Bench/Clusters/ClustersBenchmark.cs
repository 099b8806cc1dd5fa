using System.Diagnostics;
using DiploAssistant.Bench.KorQuad;
using DiploAssistant.Bench.Peers;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Bench.Clusters;

/// <summary>
/// Wire-copy clusters on the ktitan RSS dump (36,505 items): the dump ingested through the product's dump path into fresh
/// stores, alternately with <c>Ingestion:DetectWireCopies</c> off and on (the same run, so the difference is what clustering
/// costs), then the clusters of the last store with detection on, and an evenly spaced sample of 20 to check by hand. Also
/// the clusters MinHash finds among KorQuAD's 964 paragraphs, a corpus without copies (expected: none).
/// </summary>
internal sealed class ClustersBenchmark(string sharedData, string work, TextWriter log)
{
    private const int SampleSize = 20;

    public async Task<ClustersReport> RunAsync(int rounds, CancellationToken cancellationToken)
    {
        var dump = Path.Combine(sharedData, "ktitan-news-rss", "ktitan_news_rss.jsonl");
        var items = File.ReadLines(dump).Count(l => l.Length > 0);
        var timings = new List<IngestTiming>();
        string? lastStore = null;
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var detect in new[] { false, true })
            {
                var store = Path.Combine(work, $"store-{round}-{(detect ? "on" : "off")}");
                var time = await IngestAsync(dump, store, detect, cancellationToken);
                timings.Add(new IngestTiming(round, detect, time));
                log.WriteLine($"round {round}, detection {(detect ? "on " : "off")}: {time.TotalSeconds:F1} s");
                if (detect)
                {
                    lastStore = store;
                }
                else
                {
                    Directory.Delete(store, recursive: true);
                }
            }
        }

        var (documents, clusters) = await ReadClustersAsync(lastStore!, cancellationToken);
        log.WriteLine($"{documents:N0} documents, {clusters.Count:N0} clusters of two or more holding {clusters.Sum(c => c.Members.Count):N0} documents");
        var sample = Enumerable.Range(0, Math.Min(SampleSize, clusters.Count)).Select(i => clusters[i * clusters.Count / Math.Min(SampleSize, clusters.Count)]).ToList();
        var (korQuadDocuments, korQuadClusters) = KorQuadClusters();
        log.WriteLine($"KorQuAD: {korQuadClusters} clusters of two or more among {korQuadDocuments} paragraphs");
        return new ClustersReport(items, documents, timings, clusters, sample, korQuadDocuments, korQuadClusters);
    }

    private static async Task<TimeSpan> IngestAsync(string dump, string store, bool detect, CancellationToken cancellationToken)
    {
        await using var instance = new DiploAssistantInstance(store, new Dictionary<string, string?> { ["Ingestion:DetectWireCopies"] = detect ? "true" : "false" });
        var stopwatch = Stopwatch.StartNew();
        await instance.Ingestion.IngestAsync([dump], null, null, cancellationToken);
        return stopwatch.Elapsed;
    }

    private static async Task<(int Documents, List<ClusterRow> Clusters)> ReadClustersAsync(string store, CancellationToken cancellationToken)
    {
        await using var instance = new DiploAssistantInstance(store);
        var listed = await instance.Store.ListAsync(cancellationToken);
        var grouped = listed.Where(d => d.ClusterSize > 1).GroupBy(d => d.ClusterId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var firstChunks = await instance.Store.GetChunksAsync([.. grouped.SelectMany(g => g).Select(d => Chunk.MakeId(d.Document.Id, 0))], cancellationToken);
        var ledes = firstChunks.ToDictionary(c => c.Document.Id, c => c.Chunk.Text, StringComparer.Ordinal);
        var clusters = grouped.Select(g => new ClusterRow(g.Key, [.. g
            .OrderBy(d => new ClusterMember(d.Document.Id, g.Key, d.Document.Title, d.Document.Published, null), ClusterRepresentative.Comparer)
            .Select(d => new ClusterDocument(d.Document.Id, d.Document.Source, d.Document.Published, d.Document.Title, ledes.GetValueOrDefault(d.Document.Id, "")))]))
            .ToList();
        return (listed.Count, clusters);
    }

    private (int Documents, int Clusters) KorQuadClusters()
    {
        var (documents, _) = KorQuadDataset.Load(Path.Combine(sharedData, "korquad-1.0-dev", "KorQuAD_v1.0_dev.json"));
        var members = documents.Select(d => new ClusterMember(d.Id, d.Id, d.Title, d.Published, MinHashSignature.Compute(d.Title, d.Text))).ToList();
        var clusters = ClusterComponents.Assign(members).GroupBy(p => p.Value).Where(g => g.Count() > 1).ToList();
        foreach (var cluster in clusters)
        {
            // Printed for checking: KorQuAD should have no copies.
            var texts = cluster.Select(p => documents.First(d => d.Id == p.Key)).Select(d => $"{d.Id} {d.Title}: {d.Text[..Math.Min(60, d.Text.Length)]}");
            log.WriteLine($"KorQuAD cluster {cluster.Key}: {string.Join(" | ", texts)}");
        }

        return (documents.Count, clusters.Count);
    }
}
