namespace DiploAssistant.Core.Ingestion;

/// <summary>What happened to one input or one document during ingestion.</summary>
/// <param name="Uri">The input (file, URL, dump line).</param>
/// <param name="DocumentId">The stored document, or null when the input failed.</param>
/// <param name="Title">The document title when known.</param>
/// <param name="Status">added, updated, unchanged or failed.</param>
/// <param name="Reason">Why it failed, or null.</param>
public sealed record IngestionItem(string Uri, string? DocumentId, string? Title, IngestionStatus Status, string? Reason = null);
