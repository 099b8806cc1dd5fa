namespace DiploAssistant.Core.Clusters;

/// <summary>
/// A stored document as clustering sees it: its cluster (the representative's document id), the title and date that decide
/// copies and the representative, and its signature (null when its text was too short or clustering was off).
/// </summary>
public sealed record ClusterMember(string DocumentId, string ClusterId, string Title, DateOnly? Published, MinHashSignature? Signature);
