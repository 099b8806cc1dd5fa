namespace DiploAssistant.Bench.Peers;

/// <summary>Share of queries with a relevant document in the top 1, 5 and 10, and MRR@10.</summary>
internal sealed record RecallFigures(double RecallAt1, double RecallAt5, double RecallAt10, double MrrAt10)
{
    /// <summary>Scores rankings against the relevant ids of each query (a query with no ranking counts as a miss).</summary>
    public static RecallFigures Score(IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, IReadOnlyDictionary<string, IReadOnlySet<string>> relevant)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(relevant);
        double at1 = 0, at5 = 0, at10 = 0, reciprocal = 0;
        foreach (var (query, gold) in relevant)
        {
            var ranked = rankings.TryGetValue(query, out var list) ? list : [];
            var rank = ranked.Take(10).ToList().FindIndex(gold.Contains) + 1;
            if (rank == 0)
            {
                continue;
            }

            at1 += rank <= 1 ? 1 : 0;
            at5 += rank <= 5 ? 1 : 0;
            at10 += 1;
            reciprocal += 1.0 / rank;
        }

        var n = Math.Max(relevant.Count, 1);
        return new RecallFigures(at1 / n, at5 / n, at10 / n, reciprocal / n);
    }
}
