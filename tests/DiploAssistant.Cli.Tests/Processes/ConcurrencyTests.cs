using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Bench.Crash;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Cli.Tests.Processes;

/// <summary>One SQLite store shared by real processes: the server keeps answering while diplo loads, and two loads of overlapping dumps agree.</summary>
[Trait("Category", "Crash")]
public sealed class ConcurrencyTests : IDisposable
{
    private static readonly Dictionary<string, string> NoSettings = [];

    // One client asks as fast as it can: the per-IP rate limit (tested on its own) would answer 429 here.
    private static readonly Dictionary<string, string> NoRateLimits = new() { ["DIPLO_RateLimits__Enabled"] = "false" };
    private readonly string _work = Directory.CreateTempSubdirectory("diplo-concurrency-test-").FullName;

    private string Store => Path.Combine(_work, "store");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task TheServer_AnswersAsks_WhileAnIngestWritesToTheSameStore()
    {
        var first = Dump("first.jsonl", count: 200, from: 0);
        var second = Dump("second.jsonl", count: 1500, from: 10_000);
        Assert.Equal(0, await IngestAsync(first));
        await using var server = await ServerProcess.StartAsync(BuiltPrograms.Server, Store, "concurrency-key", NoRateLimits, CancellationToken.None);
        using var http = server.Client();

        await using var ingest = ChildProcess.Start(BuiltPrograms.Diplo, ["ingest", second, "--store", Store], NoSettings);
        var asked = 0;
        while (!ingest.HasExited || asked == 0)
        {
            using var response = await http.PostAsJsonAsync("api/ask", new { question = "What did delegation number 42 say about the talks?" });
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((bool)answer!["answered"]!, answer.ToJsonString());
            Assert.Contains(answer["citations"]!.AsArray(), c => (string?)c!["documentId"] == "synthetic-000042");
            asked++;
        }

        Assert.Equal(0, await ingest.WaitForExitAsync(CancellationToken.None));
        Assert.True(asked >= 3, $"only {asked} questions were asked while the ingest ran");
        var store = await SqliteStoreCheck.RunAsync(Store, CancellationToken.None);
        Assert.True(store.IsConsistent, string.Join("; ", store.Problems));
        Assert.Equal(1700, store.Documents);
    }

    [Fact]
    public async Task TwoIngestsOfOverlappingDumpsAtOnce_EndWithOneVersionOfEachDocument()
    {
        // Articles 300..599 are in both dumps; loaded from different files, their two versions differ (the source path).
        var left = Dump("left.jsonl", count: 600, from: 0);
        var right = Dump("right.jsonl", count: 600, from: 300);

        // Both start on a store that does not exist yet, so they also race to create it.
        await using var one = ChildProcess.Start(BuiltPrograms.Diplo, ["ingest", left, right, "--store", Store], NoSettings);
        await using var two = ChildProcess.Start(BuiltPrograms.Diplo, ["ingest", right, left, "--store", Store], NoSettings);
        var exits = await Task.WhenAll(one.WaitForExitAsync(CancellationToken.None), two.WaitForExitAsync(CancellationToken.None));

        Assert.True(exits.All(e => e == 0), $"exits {string.Join(", ", exits)}: {one.Output} {one.Error} {two.Output} {two.Error}");
        Assert.Contains("failed 0", one.Output, StringComparison.Ordinal);
        Assert.Contains("failed 0", two.Output, StringComparison.Ordinal);
        var store = await SqliteStoreCheck.RunAsync(Store, CancellationToken.None);
        Assert.True(store.IsConsistent, string.Join("; ", store.Problems));
        Assert.Equal(900, store.Documents);
        Assert.Equal(Enumerable.Range(0, 900).Select(i => $"synthetic-{i:D6}"), store.Fingerprints.Keys.Order(StringComparer.Ordinal));
    }

    private string Dump(string name, int count, int from)
    {
        var path = Path.Combine(_work, name);
        DumpVersions.WriteSynthetic(path, count, from);
        return path;
    }

    private async Task<int> IngestAsync(string dump)
    {
        await using var child = ChildProcess.Start(BuiltPrograms.Diplo, ["ingest", dump, "--store", Store], NoSettings);
        return await child.WaitForExitAsync(CancellationToken.None);
    }
}
