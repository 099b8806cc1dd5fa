using System.Diagnostics;
using DiploAssistant.Bench.Crash.Stores;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.Crash;

/// <summary>
/// Kills <c>diplo ingest</c> with SIGKILL at random points: first while a dump loads into a fresh store ("load"), then while
/// a changed version of the same dump loads over it ("update"). After every kill the store must pass its integrity checks
/// and every document must be exactly its old or its new version (compared with stores loaded without interruption);
/// re-running the same ingest must then finish with exactly the expected documents, none duplicated or missing.
/// </summary>
internal sealed class IngestCrashRun(CrashRunSettings settings, ICrashStore stores)
{
    private readonly Random _random = new(settings.Seed);
    private readonly List<KillObservation> _kills = [];
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    /// <summary>Runs both phases; the two dumps are copied in turn to one path, so a document's only change is its content.</summary>
    public async Task<CrashRunReport> RunAsync(string oldDump, string newDump, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var dump = Path.Combine(settings.WorkDirectory, "articles.jsonl");
        const string referenceOld = "reference-old";
        const string referenceNew = "reference-new";
        const string store = "store";

        CopyWritable(oldDump, dump);
        await IngestToEndAsync(referenceOld, dump, "reference (old), uninterrupted", cancellationToken).ConfigureAwait(false);
        var old = await CheckAsync(referenceOld, cancellationToken).ConfigureAwait(false);
        _failures.AddRange(old.Problems.Select(p => "reference store: " + p));
        await KillRepeatedlyAsync("load", store, dump, old.Documents, new VersionOracle(old.Fingerprints, null), requireAll: false, cancellationToken)
            .ConfigureAwait(false);
        await IngestToEndAsync(store, dump, "load, re-run to the end", cancellationToken).ConfigureAwait(false);
        _failures.AddRange(VersionOracle.Differences(await CheckAsync(store, cancellationToken).ConfigureAwait(false), old.Fingerprints, "after the load"));

        if (!stores.TryCopy(referenceOld, referenceNew))
        {
            // No file copy on a server: the new reference is loaded the same way, old version first, then the new.
            await IngestToEndAsync(referenceNew, dump, "reference (new): the old version first, uninterrupted", cancellationToken).ConfigureAwait(false);
        }

        CopyWritable(newDump, dump);
        await IngestToEndAsync(referenceNew, dump, "reference (new), uninterrupted", cancellationToken).ConfigureAwait(false);
        var @new = await CheckAsync(referenceNew, cancellationToken).ConfigureAwait(false);
        _failures.AddRange(@new.Problems.Select(p => "reference store: " + p));
        var oracle = new VersionOracle(old.Fingerprints, @new.Fingerprints);
        settings.Log.WriteLine($"references: {old.Documents} documents, {oracle.Changed} changed in the new version");
        if (oracle.Changed == 0)
        {
            _failures.Add("the new version of the dump changes no document, so old-or-new cannot be told apart");
        }

        await KillRepeatedlyAsync("update", store, dump, old.Documents, oracle, requireAll: true, cancellationToken).ConfigureAwait(false);
        await IngestToEndAsync(store, dump, "update, re-run to the end", cancellationToken).ConfigureAwait(false);
        _failures.AddRange(VersionOracle.Differences(await CheckAsync(store, cancellationToken).ConfigureAwait(false), @new.Fingerprints, "after the update"));
        return new CrashRunReport("diplo ingest", old.Documents, oracle.Changed, _kills, _failures, watch.Elapsed.TotalSeconds);
    }

    private async Task KillRepeatedlyAsync(
        string phase, string store, string dump, int items, VersionOracle oracle, bool requireAll, CancellationToken cancellationToken)
    {
        // Distinct kill points spread over the whole load; every re-run reports all items again in the same order.
        var points = Enumerable.Range(1, Math.Max(1, items - 1)).OrderBy(_ => _random.Next()).Take(settings.Kills).Order().ToList();
        foreach (var point in points)
        {
            await using var child = Ingest(store, dump);
            var reached = await child.WaitForItemLinesAsync(point, cancellationToken).ConfigureAwait(false);
            if (!reached)
            {
                _failures.Add($"{phase}: the ingest ended (exit {await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false)}) before item {point}: {child.Error.Trim()}");
                continue;
            }

            // A little further, so that the kill lands inside the next document's work rather than just after a commit.
            await Task.Delay(_random.Next(0, 40), cancellationToken).ConfigureAwait(false);
            var killedAfter = child.ItemLines;
            child.Kill();
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var report = await CheckAsync(store, cancellationToken).ConfigureAwait(false);
            var observation = oracle.Observe(phase, killedAfter, report, watch.Elapsed.TotalSeconds, requireAll);
            _kills.Add(observation);
            _failures.AddRange(observation.Problems.Select(p => $"{phase}, killed after {killedAfter} items: {p}"));
            settings.Log.WriteLine(
                $"{phase}: killed after {killedAfter} items; {observation.Documents} documents ({observation.OldVersions} old, {observation.NewVersions} new), " +
                $"{(observation.Problems.Count == 0 ? "store whole" : observation.Problems.Count + " problems")}");
        }
    }

    private async Task IngestToEndAsync(string store, string dump, string what, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var child = Ingest(store, dump);
        var exit = await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var summary = child.Output.Split('\n')[0].Trim();
        settings.Log.WriteLine($"{what}: exit {exit} after {watch.Elapsed.TotalSeconds:F1} s; {summary}");

        // Exit 1 means some lines of the dump were refused (the ktitan dump has items without a body); their count must not vary.
        var failed = summary[Math.Max(0, summary.LastIndexOf("failed ", StringComparison.Ordinal))..];
        var expected = _refused.TryAdd(dump + "|" + new FileInfo(dump).Length, failed) ? failed : _refused[dump + "|" + new FileInfo(dump).Length];
        if (exit is not (0 or 1) || !summary.StartsWith("added ", StringComparison.Ordinal) || failed != expected)
        {
            _failures.Add($"{what}: diplo ingest exited {exit} ({summary}; expected '{expected}'): {child.Error.Trim()}");
        }
    }

    private ChildProcess Ingest(string store, string dump) =>
        ChildProcess.Start(
            settings.DiploDll,
            ["ingest", dump, .. stores.IngestArguments(store)],
            new Dictionary<string, string>(settings.Environment.Concat(stores.Environment(store))));

    private Task<SqliteStoreCheckReport> CheckAsync(string store, CancellationToken cancellationToken) =>
        stores.CheckAsync(store, cancellationToken);

    /// <summary>Copies a file so that it can be overwritten and deleted later, even when its source is read-only.</summary>
    private static void CopyWritable(string from, string to)
    {
        File.Copy(from, to, overwrite: true);
        File.SetAttributes(to, FileAttributes.Normal);
    }
}
