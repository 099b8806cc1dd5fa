using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DiploAssistant.Bench.Crash.Stores;

namespace DiploAssistant.Bench.Crash;

/// <summary>
/// Kills the real server process (loopback, API key set) with SIGKILL while it stores an uploaded dump: first into a
/// fresh store, then while a changed version is uploaded over it. After each kill the store must be whole and every
/// document exactly its old or new version; after a restart the same upload must finish with no duplicates.
/// </summary>
internal sealed class ServerCrashRun(CrashRunSettings settings, ICrashStore stores)
{
    private const string ApiKey = "crash-run-key";

    private readonly Random _random = new(settings.Seed);
    private readonly List<KillObservation> _kills = [];
    private readonly List<string> _failures = [];

    public async Task<CrashRunReport> RunAsync(string oldDump, string newDump, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        const string referenceOld = "server-reference-old";
        const string referenceNew = "server-reference-new";
        const string store = "server-store";

        var oldSeconds = await UploadToEndAsync(referenceOld, oldDump, "reference (old), uninterrupted", cancellationToken).ConfigureAwait(false);
        var old = await stores.CheckAsync(referenceOld, cancellationToken).ConfigureAwait(false);
        await KillRepeatedlyAsync("upload", store, oldDump, oldSeconds, new VersionOracle(old.Fingerprints, null), false, cancellationToken)
            .ConfigureAwait(false);
        await UploadToEndAsync(store, oldDump, "upload after the kills, to the end", cancellationToken).ConfigureAwait(false);
        _failures.AddRange(VersionOracle.Differences(await stores.CheckAsync(store, cancellationToken).ConfigureAwait(false), old.Fingerprints, "after the upload"));

        if (!stores.TryCopy(referenceOld, referenceNew))
        {
            await UploadToEndAsync(referenceNew, oldDump, "reference (new): the old version first, uninterrupted", cancellationToken).ConfigureAwait(false);
        }

        var newSeconds = await UploadToEndAsync(referenceNew, newDump, "reference (new), uninterrupted", cancellationToken).ConfigureAwait(false);
        var @new = await stores.CheckAsync(referenceNew, cancellationToken).ConfigureAwait(false);
        _failures.AddRange(old.Problems.Concat(@new.Problems).Select(p => "reference store: " + p));
        var oracle = new VersionOracle(old.Fingerprints, @new.Fingerprints);
        if (oracle.Changed == 0)
        {
            _failures.Add("the new version of the upload changes no document, so old-or-new cannot be told apart");
        }

        await KillRepeatedlyAsync("upload update", store, newDump, newSeconds, oracle, true, cancellationToken).ConfigureAwait(false);
        await UploadToEndAsync(store, newDump, "update upload after the kills, to the end", cancellationToken).ConfigureAwait(false);
        _failures.AddRange(VersionOracle.Differences(await stores.CheckAsync(store, cancellationToken).ConfigureAwait(false), @new.Fingerprints, "after the update upload"));
        return new CrashRunReport("server upload", old.Documents, oracle.Changed, _kills, _failures, watch.Elapsed.TotalSeconds);
    }

    private async Task KillRepeatedlyAsync(
        string phase, string store, string dump, double uploadSeconds, VersionOracle oracle, bool requireAll, CancellationToken cancellationToken)
    {
        for (var kill = 0; kill < settings.Kills; kill++)
        {
            await using var server = await StartAsync(store, cancellationToken).ConfigureAwait(false);
            using var http = server.Client();
            var upload = UploadAsync(http, dump, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(uploadSeconds * (0.1 + (0.85 * _random.NextDouble()))), cancellationToken).ConfigureAwait(false);
            server.Process.Kill();
            await server.Process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var status = await StatusOfAsync(upload).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var report = await stores.CheckAsync(store, cancellationToken).ConfigureAwait(false);
            var observation = oracle.Observe(phase, report.Documents, report, watch.Elapsed.TotalSeconds, requireAll);
            _kills.Add(observation);
            _failures.AddRange(observation.Problems.Select(p => $"{phase}, kill {kill + 1}: {p}"));
            settings.Log.WriteLine(
                $"{phase}: server killed ({status}); {observation.Documents} documents ({observation.OldVersions} old, {observation.NewVersions} new), " +
                $"{(observation.Problems.Count == 0 ? "store whole" : observation.Problems.Count + " problems")}");
        }
    }

    private async Task<double> UploadToEndAsync(string store, string dump, string what, CancellationToken cancellationToken)
    {
        await using var server = await StartAsync(store, cancellationToken).ConfigureAwait(false);
        using var http = server.Client();
        var watch = Stopwatch.StartNew();
        using var response = await UploadAsync(http, dump, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var seconds = watch.Elapsed.TotalSeconds;
        var summary = response.IsSuccessStatusCode ? Summary(body) : body;
        settings.Log.WriteLine($"{what}: HTTP {(int)response.StatusCode} after {seconds:F1} s; {summary}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _failures.Add($"{what}: HTTP {(int)response.StatusCode} {body}");
        }

        return seconds;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string dump, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(dump, cancellationToken).ConfigureAwait(false));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "articles.jsonl");
        return await http.PostAsync("api/documents", form, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> StatusOfAsync(Task<HttpResponseMessage> upload)
    {
        try
        {
            using var response = await upload.ConfigureAwait(false);
            return $"the upload had already finished with HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException)
        {
            return "the upload was cut off";
        }
    }

    private static string Summary(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return string.Join(", ", new[] { "added", "updated", "unchanged", "failed" }.Select(k => $"{k} {root.GetProperty(k).GetInt32()}"));
    }

    private Task<ServerProcess> StartAsync(string store, CancellationToken cancellationToken) =>
        ServerProcess.StartAsync(
            settings.ServerDll ?? throw new InvalidOperationException("No server given."),
            ApiKey,
            new Dictionary<string, string>(settings.Environment.Concat(stores.Environment(store))),
            cancellationToken);
}
