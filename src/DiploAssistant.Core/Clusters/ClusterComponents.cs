namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Regroups the members of one cluster after a document left it: copies are linked when they share an LSH band and pass
/// <see cref="WireCopyMatch"/> (the same test that joined them), each connected group gets its earliest member as
/// representative, so a cluster whose representative was removed hands over to the next earliest, and one whose bridge
/// was removed splits.
/// </summary>
public static class ClusterComponents
{
    /// <summary>Each member's document id with its cluster id after regrouping.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<ClusterMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var parent = Enumerable.Range(0, members.Count).ToArray();
        var byBand = new Dictionary<long, List<int>>();
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Signature is not { } signature)
            {
                continue;
            }

            foreach (var key in signature.BandKeys())
            {
                if (!byBand.TryGetValue(key, out var sharing))
                {
                    byBand[key] = sharing = [];
                }

                foreach (var j in sharing)
                {
                    if (Find(parent, i) != Find(parent, j) && WireCopyMatch.AreCopies(members[i], members[j]))
                    {
                        parent[Find(parent, i)] = Find(parent, j);
                    }
                }

                sharing.Add(i);
            }
        }

        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, members.Count).GroupBy(i => Find(parent, i)))
        {
            var representative = ClusterRepresentative.Of(group.Select(i => members[i])).DocumentId;
            foreach (var i in group)
            {
                clusters[members[i].DocumentId] = representative;
            }
        }

        return clusters;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
