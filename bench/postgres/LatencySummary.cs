namespace DiploAssistant.Bench.Postgres;

/// <summary>Median and 95th percentile of a set of latencies, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P95)
{
    public static LatencySummary Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new LatencySummary(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
