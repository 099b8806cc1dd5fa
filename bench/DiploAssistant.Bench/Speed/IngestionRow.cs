namespace DiploAssistant.Bench.Speed;

/// <summary>One dump ingested by <c>diplo ingest</c> (child process) and by raw FTS5 insertion of the same text, in the same run.</summary>
internal sealed record IngestionRow(
    DumpFile Dump,
    int Added,
    int Failed,
    TimeSpan ProductTime,
    long? ProductPeakRssKilobytes,
    int Fts5Rows,
    TimeSpan Fts5Time)
{
    public double ArticlesPerSecond => Dump.Lines / ProductTime.TotalSeconds;

    public double MegabytesPerSecond => Dump.Bytes / 1e6 / ProductTime.TotalSeconds;

    public double Fts5ArticlesPerSecond => Dump.Lines / Fts5Time.TotalSeconds;

    public double Fts5MegabytesPerSecond => Dump.Bytes / 1e6 / Fts5Time.TotalSeconds;

    /// <summary>How many times longer the product took than raw FTS5 insertion.</summary>
    public double Ratio => ProductTime / Fts5Time;
}
