namespace DiploAssistant.Core.Storage;

/// <summary>What storing a document did.</summary>
public enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
}
