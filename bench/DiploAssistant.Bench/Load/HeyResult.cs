namespace DiploAssistant.Bench.Load;

/// <summary>What one <c>hey</c> run reported: achieved rate, latency percentiles (ms), responses by status, and transport errors.</summary>
internal sealed record HeyResult(
    int Concurrency,
    double? OfferedRate,
    double RequestsPerSecond,
    double P50,
    double P95,
    double P99,
    IReadOnlyDictionary<int, int> Statuses,
    int Errors,
    string? FirstError)
{
    public int Responses => Statuses.Values.Sum();

    public int NonSuccess => Statuses.Where(s => s.Key != 200).Sum(s => s.Value);
}
