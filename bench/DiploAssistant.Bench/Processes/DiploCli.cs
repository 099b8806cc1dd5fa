using System.Diagnostics;
using System.Globalization;

namespace DiploAssistant.Bench.Processes;

/// <summary>
/// Runs <c>diplo</c> as a child process with the given store and environment. Peak RSS comes from GNU time
/// (<c>/usr/bin/time -f %M</c>, exact) when installed, else from polling VmHWM while the process lives (a lower bound).
/// </summary>
internal sealed class DiploCli(ProductBinaries binaries, IReadOnlyDictionary<string, string> environment)
{
    private const string GnuTime = "/usr/bin/time";

    public Task<ChildRun> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(arguments, started: null, cancellationToken);

    /// <summary>As <see cref="RunAsync(IEnumerable{string}, CancellationToken)"/>; <paramref name="started"/> is completed once the process runs.</summary>
    public async Task<ChildRun> RunAsync(IEnumerable<string> arguments, TaskCompletionSource? started, CancellationToken cancellationToken)
    {
        var rssFile = File.Exists(GnuTime) ? Path.Combine(Path.GetTempPath(), $"diplo-rss-{Guid.NewGuid():N}.txt") : null;
        var start = new ProcessStartInfo(rssFile is null ? "dotnet" : GnuTime)
        {
            WorkingDirectory = binaries.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (rssFile is not null)
        {
            foreach (var a in new[] { "-f", "%M", "-o", rssFile, "dotnet" })
            {
                start.ArgumentList.Add(a);
            }
        }

        start.ArgumentList.Add(binaries.Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        started?.TrySetResult();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        long? polled = null;
        while (!process.HasExited)
        {
            polled = ProcessMemory.PeakRssKilobytes(process.Id) ?? polled;
            await Task.WhenAny(process.WaitForExitAsync(cancellationToken), Task.Delay(50, cancellationToken));
        }

        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        var peak = polled;
        if (rssFile is not null && File.Exists(rssFile))
        {
            var lines = await File.ReadAllLinesAsync(rssFile, cancellationToken);
            File.Delete(rssFile);
            peak = lines.Select(l => long.TryParse(l.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : (long?)null)
                .LastOrDefault(k => k is not null) ?? polled;
        }

        return new ChildRun(process.ExitCode, elapsed, peak, await output, await error);
    }
}
