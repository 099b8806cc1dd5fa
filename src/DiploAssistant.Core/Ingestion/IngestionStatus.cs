namespace DiploAssistant.Core.Ingestion;

public enum IngestionStatus
{
    Added,

    /// <summary>Added as a new document beside another with the same name (a different file, or an upload with different content).</summary>
    AddedAsNew,

    Updated,
    Unchanged,
    Failed,

    /// <summary>Passed over on purpose (a file of a type that is never read, found in a folder); not a failure.</summary>
    Skipped,
}
