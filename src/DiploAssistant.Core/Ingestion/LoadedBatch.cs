namespace DiploAssistant.Core.Ingestion;

/// <summary>The documents one load added or changed (unchanged, failed and skipped inputs are not in it), in input order.</summary>
public sealed record LoadedBatch(IReadOnlyList<string> DocumentIds)
{
    /// <summary>No documents: what a timer passes to send only the matches that were waiting.</summary>
    public static LoadedBatch Empty { get; } = new([]);

    /// <summary>The added and updated documents of <paramref name="report"/>, each once.</summary>
    public static LoadedBatch From(IngestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new LoadedBatch([.. report.Items
            .Where(i => i.DocumentId is not null && i.Status is IngestionStatus.Added or IngestionStatus.AddedAsNew or IngestionStatus.Updated)
            .Select(i => i.DocumentId!)
            .Distinct(StringComparer.Ordinal)]);
    }
}
