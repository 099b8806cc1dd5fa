namespace DiploAssistant.Core.Ingestion;

/// <summary>Progress of a running ingestion, reported after every input item.</summary>
public sealed record IngestionProgress(int Processed, IngestionItem Last);
