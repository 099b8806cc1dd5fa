using System.Diagnostics;

namespace DiploAssistant.Bench.Postgres;

/// <summary>Median and 95th percentile of a set of latencies, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P95)
{
    public static LatencySummary Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new LatencySummary(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95));
    }

    /// <summary>Runs <paramref name="query"/> for 0 … count − 1, one after another, timing each.</summary>
    public static async Task<LatencySummary> TimeAsync<T>(int count, Func<int, Task<T>> query)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await query(i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Of(times);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
