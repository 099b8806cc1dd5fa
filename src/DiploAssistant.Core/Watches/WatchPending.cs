namespace DiploAssistant.Core.Watches;

/// <summary>A watch's pending documents as the SQL stores keep them: one id a line, each once, the oldest first.</summary>
public static class WatchPending
{
    /// <summary>Documents a watch keeps waiting at most: past this, the oldest drop off (a digest shows only a few anyway).</summary>
    public const int MaxPending = 50;

    public static IReadOnlyList<string> Read(string? lines) =>
        string.IsNullOrEmpty(lines) ? [] : lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Write(IEnumerable<string> ids) => string.Join('\n', Merge([], ids));

    /// <summary><paramref name="first"/> then the ids of <paramref name="then"/> not in it, the newest <see cref="MaxPending"/> kept.</summary>
    public static IReadOnlyList<string> Merge(IEnumerable<string> first, IEnumerable<string> then)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(then);
        var merged = first.Concat(then).Where(id => id.Length > 0 && !id.Contains('\n', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return merged.Count <= MaxPending ? merged : merged[^MaxPending..];
    }
}
