using System.Diagnostics;
using System.Net.Http.Json;
using DiploAssistant.Bench.Processes;
using DiploAssistant.Bench.Speed;

namespace DiploAssistant.Bench.Health;

/// <summary>
/// How fast the health endpoints answer while the server is busy: the Release server on loopback over a 10k-article ktitan
/// store (rate limits off), probed one request at a time on <c>/healthz</c> (liveness and store) and <c>/healthz/live</c>,
/// first alone (the baseline), then while <see cref="ConcurrentAsks"/> clients each keep one <c>/api/ask</c> in flight; once as
/// shipped and once with asks unbounded (every ask answered at once, as before <c>Api:AskConcurrency</c>; the thread headroom stays).
/// </summary>
internal sealed class HealthUnderLoadBenchmark(string sharedData, ProductBinaries binaries, string workDirectory, TextWriter log)
{
    public const int ConcurrentAsks = 100;
    private const int Articles = 10_000;
    private const int BaselineProbes = 400;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);

    public static readonly string[] Paths = ["healthz", "healthz/live"];

    public async Task<HealthReport> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var ktitan = DumpFile.Open("ktitan-news-rss", Path.Combine(sharedData, "ktitan-news-rss", "ktitan_news_rss.jsonl"));
        var subset = CorpusSubsets.Write(ktitan, [Articles], workDirectory)[0];
        var questions = SpeedBenchmark.Questions(subset);
        var store = Path.Combine(workDirectory, "store");
        var cli = new DiploCli(binaries, new Dictionary<string, string> { ["DIPLO_Store__Provider"] = "Sqlite" });
        var ingest = await cli.RunAsync(["ingest", subset, "--store", store, "--json"], cancellationToken);
        if (ingest.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"diplo ingest failed ({ingest.ExitCode}): {ingest.Error}");
        }

        log.WriteLine($"store: {Articles} ktitan articles in {ingest.Elapsed.TotalSeconds:F1} s; {questions.Count} questions");
        var runs = new List<HealthRun>();
        foreach (var (name, settings) in Configurations)
        {
            log.WriteLine($"-- {name}");
            runs.Add(await MeasureAsync(name, settings, store, questions, cancellationToken));
        }

        return new HealthReport(Articles, runs);
    }

    /// <summary>The server as shipped, and with asks practically unbounded (every ask answered at once, as before <c>Api:AskConcurrency</c>).</summary>
    private static IEnumerable<(string Name, Dictionary<string, string> Settings)> Configurations =>
    [
        ("as shipped (Api:AskConcurrency 0 = one per core)", new Dictionary<string, string>()),
        ("asks unbounded (Api:AskConcurrency 1024)", new Dictionary<string, string> { ["DIPLO_Api__AskConcurrency"] = "1024" }),
    ];

    private async Task<HealthRun> MeasureAsync(
        string name, Dictionary<string, string> settings, string store, List<string> questions, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(binaries, store, cancellationToken, settings);
        using var probe = Client(server.Address, connections: 1);
        using var load = Client(server.Address, connections: ConcurrentAsks);

        foreach (var path in Paths)
        {
            await ProbeAsync(probe, path, 20, TimeSpan.Zero, cancellationToken); // warm-up
        }

        var alone = new Dictionary<string, LatencyFigures>();
        foreach (var path in Paths)
        {
            alone[path] = LatencyFigures.Of(await ProbeAsync(probe, path, BaselineProbes, TimeSpan.Zero, cancellationToken));
            log.WriteLine($"{path} alone: p50 {alone[path].P50:F1} ms, p99 {alone[path].P99:F1} ms");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var askLatencies = new List<double>[ConcurrentAsks];
        var askErrors = 0;
        var loadClock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, ConcurrentAsks).Select(async worker =>
        {
            askLatencies[worker] = [];
            for (var i = worker; !stop.IsCancellationRequested; i += ConcurrentAsks)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await load.PostAsJsonAsync("api/ask", new { question = questions[i % questions.Count] }, stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref askErrors);
                    }

                    askLatencies[worker].Add(clock.Elapsed.TotalMilliseconds);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref askErrors);
                }
            }
        }).ToList();

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // every client has an ask in flight
        var loaded = new Dictionary<string, LatencyFigures>();
        var counts = new Dictionary<string, int>();
        foreach (var path in Paths)
        {
            var samples = await ProbeForAsync(probe, path, LoadDuration / Paths.Length, cancellationToken);
            loaded[path] = LatencyFigures.Of(samples);
            counts[path] = samples.Count;
            log.WriteLine($"{path} with {ConcurrentAsks} asks in flight: {samples.Count} probes, p50 {loaded[path].P50:F1} ms, p99 {loaded[path].P99:F1} ms");
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        var asks = askLatencies.SelectMany(l => l).ToList();
        var askFigures = LatencyFigures.Of(asks);
        var askRate = asks.Count / loadClock.Elapsed.TotalSeconds;
        log.WriteLine($"asks: {asks.Count} answered ({askRate:F1}/s), {askErrors} errors, p50 {askFigures.P50:F0} ms, p99 {askFigures.P99:F0} ms");
        return new HealthRun(name, alone, loaded, counts, askFigures, asks.Count, askRate, askErrors, server.PeakRssKilobytes());
    }

    private static HttpClient Client(Uri address, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private static async Task<List<double>> ProbeAsync(HttpClient client, string path, int count, TimeSpan interval, CancellationToken cancellationToken)
    {
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            samples.Add(await OneProbeAsync(client, path, cancellationToken));
            if (interval > TimeSpan.Zero)
            {
                await Task.Delay(interval, cancellationToken);
            }
        }

        return samples;
    }

    private static async Task<List<double>> ProbeForAsync(HttpClient client, string path, TimeSpan duration, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            samples.Add(await OneProbeAsync(client, path, cancellationToken));
            await Task.Delay(ProbeInterval, cancellationToken);
        }

        return samples;
    }

    private static async Task<double> OneProbeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/{path} answered {(int)response.StatusCode}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
