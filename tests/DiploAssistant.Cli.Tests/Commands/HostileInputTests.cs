using System.Text.Json;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary>Zip bombs, 2 GB files, NUL bytes, invalid UTF-8, 10 MB lines and deep JSON are refused with a reason and change nothing.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("diplo-hostile-").FullName;

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Names => [.. HostileFiles.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Ingest_RefusesAHostileFile_WithItsReason_AndLeavesTheStoreUnchanged(string name)
    {
        var (_, write, reason) = HostileFiles.All.Single(f => f.Name == name);
        var path = Path.Combine(_folder, name);
        write(path);
        var before = await StoredAsync();

        var (code, output, error) = await _cli.RunAsync("ingest", path);

        Assert.True(code == 1, output + error);
        Assert.Contains($"failed {name}", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
        var after = await StoredAsync();
        Assert.True(after.IsConsistent, string.Join("; ", after.Problems));
        Assert.Equal(before.Fingerprints, after.Fingerprints);
    }

    [Fact]
    public async Task Ingest_OfAFolderOfHostileFiles_StoresTheGoodOnes_AndNamesEveryRefusal()
    {
        foreach (var (name, write, _) in HostileFiles.All)
        {
            write(Path.Combine(_folder, name));
        }

        File.Copy(Path.Combine(CliRun.SamplesDirectory, "004_fa8377dc520534e5.txt"), Path.Combine(_folder, "004_fa8377dc520534e5.txt"));
        await File.WriteAllLinesAsync(Path.Combine(_folder, "dump.jsonl"),
        [
            """{"id": "dump-1", "title": "Seoul talks", "body": "The foreign ministers met in Seoul on Tuesday to discuss trade."}""",
            """{"id": "dump-2", "title": "Broken", "body": "unterminated""",
            """{"id": "dump-3", "title": "Tokyo talks", "body": "The defence ministers met in Tokyo on Friday to discuss security."}""",
        ]);

        var (code, output, _) = await _cli.RunAsync("ingest", _folder, "--json");

        Assert.Equal(1, code);
        var report = JsonDocument.Parse(output).RootElement;
        var items = report.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, report.GetProperty("added").GetInt32());
        Assert.Equal(["004_fa8377dc520534e5", "dump-1", "dump-3"], items.Where(i => i.GetProperty("status").GetString() == "added")
            .Select(i => i.GetProperty("documentId").GetString()).Order(StringComparer.Ordinal));
        var failures = items.Where(i => i.GetProperty("status").GetString() == "failed").ToList();
        Assert.Contains(failures, f => f.GetProperty("uri").GetString()!.EndsWith("dump.jsonl:2", StringComparison.Ordinal));
        foreach (var (name, _, reason) in HostileFiles.All.Where(f => f.Name != "bomb.zip"))
        {
            Assert.Contains(failures, f => f.GetProperty("uri").GetString()!.Contains(name, StringComparison.Ordinal) &&
                f.GetProperty("reason").GetString()!.Contains(reason, StringComparison.Ordinal));
        }

        // A folder's files of other types (the .zip) are passed over, never opened, and listed as skipped with the reason.
        var skipped = Assert.Single(items, i => i.GetProperty("status").GetString() == "skipped");
        Assert.EndsWith("/bomb.zip", skipped.GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Contains("unsupported file type '.zip'", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var stored = await StoredAsync();
        Assert.True(stored.IsConsistent, string.Join("; ", stored.Problems));
        Assert.Equal(3, stored.Documents);
    }

    private async Task<SqliteStoreCheckReport> StoredAsync()
    {
        if (!File.Exists(Path.Combine(_cli.StoreDirectory, SqliteDocumentStore.FileName)))
        {
            var (code, _, error) = await _cli.RunAsync("ingest", Path.Combine(CliRun.SamplesDirectory, "004_fa8377dc520534e5.txt"));
            Assert.True(code == 0, error);
        }

        return await SqliteStoreCheck.RunAsync(_cli.StoreDirectory, CancellationToken.None);
    }
}
