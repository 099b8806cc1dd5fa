using DiploAssistant.Bench.Crash;
using DiploAssistant.Bench.Crash.Stores;

namespace DiploAssistant.Cli.Tests.Processes;

/// <summary>
/// The quick form of <c>bench/crash/run</c>: real diplo and server processes killed with SIGKILL at random points over a
/// synthetic dump; the store must stay whole, each document its old or new version, and re-runs must add no duplicates.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("diplo-crash-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task IngestKilledAtRandomPoints_LeavesEveryDocumentWhole_AndTheReRunAddsNoDuplicates()
    {
        var (oldDump, newDump) = Dumps(600);

        var report = await new IngestCrashRun(Settings(kills: 2, seed: 7), new SqliteCrashStore(_work)).RunAsync(oldDump, newDump, CancellationToken.None);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(600, report.ExpectedDocuments);
        Assert.Equal(150, report.ChangedDocuments);
        Assert.Equal(4, report.Kills.Count);
        Assert.All(report.Kills.Where(k => k.Phase == "update"), k => Assert.Equal(600, k.OldVersions + k.NewVersions));
    }

    [Fact]
    public async Task ServerKilledDuringAnUpload_LeavesEveryDocumentWhole_AndTheReUploadAddsNoDuplicates()
    {
        var (oldDump, newDump) = Dumps(400);

        var report = await new ServerCrashRun(Settings(kills: 1, seed: 11) with { ServerDll = BuiltPrograms.Server }, new SqliteCrashStore(_work))
            .RunAsync(oldDump, newDump, CancellationToken.None);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(400, report.ExpectedDocuments);
        Assert.Equal(2, report.Kills.Count);
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
