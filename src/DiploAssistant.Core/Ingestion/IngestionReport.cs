namespace DiploAssistant.Core.Ingestion;

/// <summary>Summary of one ingestion run: counts by outcome and every item with its reason.</summary>
public sealed record IngestionReport(IReadOnlyList<IngestionItem> Items)
{
    public int Added => Count(IngestionStatus.Added);

    public int Updated => Count(IngestionStatus.Updated);

    public int Unchanged => Count(IngestionStatus.Unchanged);

    public int Failed => Count(IngestionStatus.Failed);

    private int Count(IngestionStatus status) => Items.Count(i => i.Status == status);
}
