using System.Text.Json;
using DiploAssistant.Bench.Processes;
using DiploAssistant.Bench.Speed;

namespace DiploAssistant.Bench.Load;

/// <summary>
/// hey against /api/ask and /api/messages (deliveryMode expectReplies, anonymous: no app id) on loopback, over an existing
/// store: first as fast as 8 workers go, then at lower offered rates until p99 stays under 200 ms with every response an
/// answer; then again while <c>diplo ingest</c> loads another dump into the same store. Each step lasts a fixed time.
/// </summary>
internal sealed class LoadBenchmark(ProductBinaries binaries, DiploCli cli, string workDirectory, TextWriter log)
{
    public static readonly TimeSpan StepDuration = TimeSpan.FromSeconds(10);
    private const int SaturationWorkers = 8;

    // hey's rate limit starts every worker's ticker at once, so several workers fire in bursts; one worker per 5 requests/s keeps
    // bursts small (a worker keeps up while answers take under 200 ms). hey sends a worker's first request one interval after the
    // start, so the lowest offered rate still gives each step a few requests.
    private const double RatePerWorker = 5;
    private const double LowestRate = 0.5;
    private const int WarmupRequests = 10;
    private static readonly double[] AloneFractions = [0.7, 0.45, 0.25, 0.1];
    private static readonly double[] DuringIngestFractions = [1.0, 0.6, 0.3, 0.1];

    public async Task<LoadReport> RunAsync(string storeDirectory, int storeDocuments, string question, DumpFile ingestDuringLoad, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(binaries, storeDirectory, cancellationToken);
        log.WriteLine($"server on {server.Address} (pid {server.ProcessId}); question: {question}");
        var endpoints = new[]
        {
            Endpoint("/api/ask", JsonSerializer.Serialize(new { question }), botActivity: false, server.Address),
            Endpoint("/api/messages", BotMessage(question), botActivity: true, server.Address),
        };

        foreach (var endpoint in endpoints)
        {
            // Not timed: the first answers load the store's caches (the vector snapshot) and JIT the path.
            await new AnswerChecker(endpoint.Url, endpoint.Body, endpoint.BotActivity).RunAsync(WarmupRequests, cancellationToken);
        }

        var steps = new List<LoadStep>();
        var sustained = new Dictionary<string, double>();
        foreach (var endpoint in endpoints)
        {
            var saturated = await StepAsync(endpoint, null, null, cancellationToken);
            steps.Add(saturated);
            var best = saturated.Passed ? saturated : null;
            foreach (var fraction in saturated.Passed ? [] : AloneFractions)
            {
                if (saturated.Hey.RequestsPerSecond * fraction < LowestRate && steps[^1] is { Hey.OfferedRate: LowestRate } last && last.Endpoint == endpoint.Path)
                {
                    break;
                }

                var step = await StepAsync(endpoint, saturated.Hey.RequestsPerSecond * fraction, null, cancellationToken);
                steps.Add(step);
                if (step.Passed)
                {
                    best = step;
                    break;
                }
            }

            sustained[endpoint.Path] = (best ?? steps[^1]).Hey.RequestsPerSecond;
        }

        log.WriteLine($"ingesting {ingestDuringLoad.Name} into the served store while the load runs");
        var ingest = cli.RunAsync(["ingest", ingestDuringLoad.Path, "--store", storeDirectory, "--json"], cancellationToken);
        // The endpoints take turns, so that both are measured while the ingest still runs; an endpoint stops once it passes.
        var passed = new HashSet<string>(StringComparer.Ordinal);
        var lastOffered = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var fraction in DuringIngestFractions)
        {
            foreach (var endpoint in endpoints)
            {
                var rate = Math.Max(LowestRate, sustained[endpoint.Path] * fraction);
                if (ingest.IsCompleted || passed.Contains(endpoint.Path) || lastOffered.GetValueOrDefault(endpoint.Path) == rate)
                {
                    continue;
                }

                lastOffered[endpoint.Path] = rate;
                var step = await StepAsync(endpoint, rate, ingest, cancellationToken);
                steps.Add(step);
                if (step.Passed)
                {
                    passed.Add(endpoint.Path);
                }
            }
        }

        var ingestRun = await ingest;
        log.WriteLine($"ingest during load: exit {ingestRun.ExitCode} in {ingestRun.Elapsed.TotalSeconds:F1} s");
        return new LoadReport(question, storeDocuments, StepDuration, steps, ingestDuringLoad, ingestRun, server.PeakRssKilobytes());
    }

    private async Task<LoadStep> StepAsync(
        (string Path, Uri Url, string Body, string BodyFile, bool BotActivity) endpoint,
        double? offered,
        Task? ingest,
        CancellationToken cancellationToken)
    {
        var rate = offered is { } r ? Math.Max(LowestRate, r) : (double?)null;
        var workers = rate is { } limited ? (int)Math.Ceiling(limited / RatePerWorker) : SaturationWorkers;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var checker = new AnswerChecker(endpoint.Url, endpoint.Body, endpoint.BotActivity).RunAsync(stop.Token);
        var hey = await HeyRunner.RunAsync(endpoint.Url, endpoint.BodyFile, workers, rate, StepDuration, cancellationToken);
        await stop.CancelAsync();
        var check = await checker;
        var step = new LoadStep(endpoint.Path, ingest is not null, ingest is { IsCompleted: false }, hey, check);
        log.WriteLine($"{endpoint.Path}{(ingest is null ? "" : " during ingest")}: offered {(rate is null ? $"max ({workers} workers)" : $"{rate:F1}/s")} → " +
            $"{hey.RequestsPerSecond:F1}/s, p50 {hey.P50:F0} p95 {hey.P95:F0} p99 {hey.P99:F0} ms, {hey.Responses} responses, " +
            $"{hey.NonSuccess} non-200, {hey.Errors} errors; checked {check.Checked}, lost {check.Lost}{(step.Passed ? "  PASS" : "")}");
        return step;
    }

    private (string Path, Uri Url, string Body, string BodyFile, bool BotActivity) Endpoint(string path, string body, bool botActivity, Uri server)
    {
        var file = System.IO.Path.Combine(workDirectory, $"body-{path.Trim('/').Replace('/', '-')}.json");
        File.WriteAllText(file, body);
        return (path, new Uri(server, path.TrimStart('/')), body, file, botActivity);
    }

    /// <summary>An Emulator-style message with no Authorization header (auth is off without an app id) asking for the replies in the response.</summary>
    private static string BotMessage(string question) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["type"] = "message",
        ["id"] = "bench-1",
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new { id = "bench-user", name = "bench" },
        ["recipient"] = new { id = "bench-bot", name = "DiploAssistant" },
        ["conversation"] = new { id = "bench-load" },
        ["text"] = question,
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
    });
}
