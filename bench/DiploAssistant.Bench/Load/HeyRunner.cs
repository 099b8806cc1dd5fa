using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiploAssistant.Bench.Load;

/// <summary>
/// Runs Debian's <c>hey</c> for a fixed duration against one URL with one JSON body and parses its summary
/// (Requests/sec, the latency distribution, the status code and error distributions).
/// </summary>
internal static partial class HeyRunner
{
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "hey")));

    /// <param name="offeredRate">Total requests per second, spread over the workers; null for as fast as the server answers.</param>
    public static async Task<HeyResult> RunAsync(
        Uri url, string bodyFile, int concurrency, double? offeredRate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
        var inv = CultureInfo.InvariantCulture;
        foreach (var argument in new[]
        {
            "-z", $"{(int)duration.TotalSeconds}s", "-c", concurrency.ToString(inv), "-t", "20",
            "-m", "POST", "-T", "application/json", "-D", bodyFile,
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (offeredRate is { } rate)
        {
            start.ArgumentList.Add("-q");
            start.ArgumentList.Add((rate / concurrency).ToString("0.###", inv));
        }

        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("hey could not be started");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hey failed ({process.ExitCode}): {error}");
        }

        return Parse(output, concurrency, offeredRate);
    }

    public static HeyResult Parse(string output, int concurrency, double? offeredRate)
    {
        var inv = CultureInfo.InvariantCulture;
        var slowest = Slowest().Match(output) is { Success: true } s ? double.Parse(s.Groups[1].Value, inv) * 1000 : double.NaN;

        // hey leaves out a percentile it has too few responses for (p99 below 100 responses); by nearest rank that is the slowest one.
        double Percentile(string p)
        {
            var match = Regex.Match(output, $@"^\s*{p}% in ([0-9.]+) secs", RegexOptions.Multiline);
            return match.Success ? double.Parse(match.Groups[1].Value, inv) * 1000 : slowest;
        }

        var rate = RequestsPerSecond().Match(output);
        var statuses = StatusLine().Matches(output).ToDictionary(m => int.Parse(m.Groups[1].Value, inv), m => int.Parse(m.Groups[2].Value, inv));
        var errorsAt = output.IndexOf("Error distribution:", StringComparison.Ordinal);
        var errors = errorsAt < 0 ? [] : ErrorLine().Matches(output[errorsAt..]).ToList();
        return new HeyResult(
            concurrency,
            offeredRate,
            rate.Success ? double.Parse(rate.Groups[1].Value, inv) : 0,
            Percentile("50"),
            Percentile("95"),
            Percentile("99"),
            statuses,
            errors.Sum(m => int.Parse(m.Groups[1].Value, inv)),
            errors.FirstOrDefault()?.Groups[2].Value.Trim());
    }

    [GeneratedRegex(@"Slowest:\s*([0-9.]+) secs")]
    private static partial Regex Slowest();

    [GeneratedRegex(@"Requests/sec:\s*([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s*\[(\d{3})\]\s+(\d+) responses", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s*\[(\d+)\]\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
