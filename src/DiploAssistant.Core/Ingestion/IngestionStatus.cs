namespace DiploAssistant.Core.Ingestion;

public enum IngestionStatus
{
    Added,
    Updated,
    Unchanged,
    Failed,
}
