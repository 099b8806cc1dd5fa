using DiploAssistant.Bench.Crash;
using DiploAssistant.Bench.Crash.Stores;
using DiploAssistant.Cli.Tests.Processes;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Postgres;

/// <summary>
/// The quick form of <c>bench/crash/run --store postgres</c>: real diplo and server processes on the shared Postgres (PGlite
/// unless <c>DIPLO_TEST_POSTGRES</c> names one) killed with SIGKILL at random points over a synthetic dump; afterwards no
/// transaction of the killed client is left open, indexes and statistics are consistent, each document is its old or new
/// version, and re-runs add no duplicates.
/// </summary>
[Trait("Category", "Crash")]
[Collection(PostgresCrashCollection.Name)]
public sealed class PostgresCrashSafetyTests(PostgresServerFixture server) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("diplo-pgcrash-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task IngestKilledAtRandomPoints_LeavesThePostgresStoreWhole_AndTheReRunAddsNoDuplicates()
    {
        var (oldDump, newDump) = Dumps(300);
        await using var stores = await StoresAsync("reference-old", "reference-new", "store");

        var report = await new IngestCrashRun(Settings(kills: 2, seed: 7), stores).RunAsync(oldDump, newDump, CancellationToken.None);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(300, report.ExpectedDocuments);
        Assert.Equal(75, report.ChangedDocuments);
        Assert.Equal(4, report.Kills.Count);
        Assert.All(report.Kills.Where(k => k.Phase == "update"), k => Assert.Equal(300, k.OldVersions + k.NewVersions));
    }

    [Fact]
    public async Task ServerOnPostgresKilledDuringAnUpload_LeavesTheStoreWhole_AndTheReUploadAddsNoDuplicates()
    {
        var (oldDump, newDump) = Dumps(200);
        await using var stores = await StoresAsync("server-reference-old", "server-reference-new", "server-store");

        var report = await new ServerCrashRun(Settings(kills: 1, seed: 11) with { ServerDll = BuiltPrograms.Server }, stores)
            .RunAsync(oldDump, newDump, CancellationToken.None);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(200, report.ExpectedDocuments);
        Assert.Equal(2, report.Kills.Count);
    }

    private async Task<PostgresCrashStore> StoresAsync(params string[] names)
    {
        var connectionStrings = new Dictionary<string, string>();
        foreach (var name in names)
        {
            connectionStrings[name] = await server.CreateSchemaAsync();
        }

        return PostgresCrashStore.Over(connectionStrings);
    }

    private (string Old, string New) Dumps(int count)
    {
        var oldDump = Path.Combine(_work, "old.jsonl");
        var newDump = Path.Combine(_work, "new.jsonl");
        DumpVersions.WriteSynthetic(oldDump, count);
        DumpVersions.WriteChanged(oldDump, newDump, every: 4);
        return (oldDump, newDump);
    }

    private CrashRunSettings Settings(int kills, int seed) =>
        new(BuiltPrograms.Diplo, _work, kills, seed, new Dictionary<string, string>(), TextWriter.Null);
}
