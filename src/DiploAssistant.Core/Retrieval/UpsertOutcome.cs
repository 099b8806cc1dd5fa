namespace DiploAssistant.Core.Retrieval;

/// <summary>What storing a document did.</summary>
public enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
}
