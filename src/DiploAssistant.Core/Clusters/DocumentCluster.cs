using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Clusters;

/// <summary>A cluster of wire copies: its id (the representative's document id) and its documents, earliest first.</summary>
public sealed record DocumentCluster(string ClusterId, IReadOnlyList<DocumentInfo> Members)
{
    public DocumentInfo Representative => Members[0];
}
