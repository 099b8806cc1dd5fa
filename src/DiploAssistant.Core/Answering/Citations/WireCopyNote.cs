using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Answering.Citations;

/// <summary>The line a citation's other outlets are shown with: "also reported by 2 outlets: yna, chosun".</summary>
public static class WireCopyNote
{
    /// <summary>The note, or null when no other article carries the story.</summary>
    public static string? For(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.AlsoReportedBy.Count == 0)
        {
            return null;
        }

        var outlets = Outlets(citation);
        return outlets.Count == 0
            ? $"also reported in {citation.AlsoReportedBy.Count} other {(citation.AlsoReportedBy.Count == 1 ? "article" : "articles")}"
            : $"also reported by {outlets.Count} {(outlets.Count == 1 ? "outlet" : "outlets")}: {string.Join(", ", outlets)}";
    }

    /// <summary>The other outlets' names (not the cited article's own), each once, in the cluster's order (earliest first).</summary>
    public static IReadOnlyList<string> Outlets(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return [.. citation.AlsoReportedBy
            .Select(r => r.Source?.Trim())
            .OfType<string>()
            .Where(s => s.Length > 0 && !string.Equals(s, citation.Source?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
