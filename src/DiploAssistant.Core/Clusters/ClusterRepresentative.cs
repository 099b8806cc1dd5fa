namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Which document of a cluster represents it: the earliest published (undated ones last), then the smallest document id, so
/// that the choice does not depend on the order documents were loaded in.
/// </summary>
public static class ClusterRepresentative
{
    public static ClusterMember Of(IEnumerable<ClusterMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Order(Comparer).First();
    }

    /// <summary>Earliest first.</summary>
    public static IComparer<ClusterMember> Comparer { get; } = Comparer<ClusterMember>.Create(Compare);

    private static int Compare(ClusterMember? x, ClusterMember? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (x.Published, y.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.DocumentId, y.DocumentId);
    }
}
