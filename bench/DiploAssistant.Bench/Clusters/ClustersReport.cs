namespace DiploAssistant.Bench.Clusters;

/// <summary>What the clusters benchmark measured: ingest times with and without detection, the clusters found, a sample to check.</summary>
internal sealed record ClustersReport(
    int Items,
    int Documents,
    IReadOnlyList<IngestTiming> Timings,
    IReadOnlyList<ClusterRow> Clusters,
    IReadOnlyList<ClusterRow> Sample,
    int KorQuadDocuments,
    int KorQuadClusters);

/// <summary>One ingest of the whole dump into a fresh store, with wire-copy detection on or off.</summary>
internal sealed record IngestTiming(int Round, bool Detect, TimeSpan Time);

/// <summary>A cluster of two or more documents, earliest first.</summary>
internal sealed record ClusterRow(string ClusterId, IReadOnlyList<ClusterDocument> Members)
{
    public int Outlets => Members.Select(m => m.Source ?? "").Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

/// <summary>One document of a sampled cluster, as the results file shows it.</summary>
internal sealed record ClusterDocument(string Id, string? Source, DateOnly? Published, string Title, string Lede);
