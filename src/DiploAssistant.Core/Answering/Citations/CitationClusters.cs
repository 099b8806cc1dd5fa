using System.Globalization;
using DiploAssistant.Core.Clusters;

namespace DiploAssistant.Core.Answering.Citations;

/// <summary>Adds to each citation the other articles of its wire-copy cluster (earliest first, the cited one left out).</summary>
internal static class CitationClusters
{
    public static IReadOnlyList<Citation> Attach(IReadOnlyList<Citation> citations, IReadOnlyDictionary<string, DocumentCluster> clusters) =>
        [.. citations.Select(c => clusters.GetValueOrDefault(c.DocumentId) is { } cluster
            ? c with
            {
                AlsoReportedBy = [.. cluster.Members
                    .Where(m => m.Id != c.DocumentId)
                    .Select(m => new AlsoReported(m.Id, m.Title, m.Source, m.Url, m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))],
            }
            : c)];
}
