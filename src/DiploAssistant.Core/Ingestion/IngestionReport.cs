namespace DiploAssistant.Core.Ingestion;

/// <summary>Summary of one ingestion run: counts by outcome and every item with its reason.</summary>
public sealed record IngestionReport(IReadOnlyList<IngestionItem> Items)
{
    /// <summary>New documents, including those added beside another of the same name (<see cref="AddedAsNew"/>).</summary>
    public int Added => Count(IngestionStatus.Added) + AddedAsNew;

    /// <summary>New documents stored beside another with the same name instead of replacing it.</summary>
    public int AddedAsNew => Count(IngestionStatus.AddedAsNew);

    public int Updated => Count(IngestionStatus.Updated);

    public int Unchanged => Count(IngestionStatus.Unchanged);

    public int Failed => Count(IngestionStatus.Failed);

    /// <summary>Files passed over on purpose (unsupported types found in a folder), each with its reason.</summary>
    public int Skipped => Count(IngestionStatus.Skipped);

    private int Count(IngestionStatus status) => Items.Count(i => i.Status == status);
}
