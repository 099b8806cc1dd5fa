namespace DiploAssistant.Bench.Speed;

/// <summary>p50 / p95 / p99 of a set of latencies in milliseconds (nearest rank).</summary>
internal sealed record LatencyFigures(double P50, double P95, double P99)
{
    public static LatencyFigures Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return new LatencyFigures(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99));
    }

    private static double Rank(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
