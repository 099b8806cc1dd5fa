namespace DiploAssistant.Core.Retrieval;

/// <summary>A document ranked for a question by its best chunk's fused score.</summary>
public sealed record RankedDocument(string DocumentId, double Score);
