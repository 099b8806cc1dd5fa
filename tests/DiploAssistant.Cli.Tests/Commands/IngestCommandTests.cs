using System.Text.Json;

namespace DiploAssistant.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ingest_StoresTheSamples_AndReRunningChangesNothing()
    {
        var (first, firstOut, firstErr) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory, "--json");
        var (second, secondOut, _) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory, "--json");

        Assert.True(first == 0, firstErr);
        var firstReport = JsonDocument.Parse(firstOut).RootElement;
        Assert.True(firstReport.GetProperty("added").GetInt32() >= 5);
        Assert.Equal(0, second);
        var secondReport = JsonDocument.Parse(secondOut).RootElement;
        Assert.Equal(0, secondReport.GetProperty("added").GetInt32());
        Assert.Equal(0, secondReport.GetProperty("updated").GetInt32());
        Assert.Equal(firstReport.GetProperty("added").GetInt32(), secondReport.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Ingest_ReportsBadInputs_ExitsOne_AndStoresTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("diplo-bad-inputs").FullName;
        try
        {
            File.Copy(Path.Combine(CliRun.SamplesDirectory, "004_fa8377dc520534e5.txt"), Path.Combine(folder, "good.txt"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "nul.txt"), new byte[4096]);
            await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), "");
            await File.WriteAllBytesAsync(Path.Combine(folder, "bad-utf8.txt"), [0x41, 0xC3, 0x28, 0xA0, 0xA1, 0x41]);

            var (code, output, _) = await _cli.RunAsync("ingest", folder, "--json");

            Assert.Equal(1, code);
            var report = JsonDocument.Parse(output).RootElement;
            Assert.Equal(1, report.GetProperty("added").GetInt32());
            Assert.Equal(3, report.GetProperty("failed").GetInt32());
            Assert.All(
                report.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("status").GetString() == "failed"),
                i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("reason").GetString())));
            var (_, list, _) = await _cli.RunAsync("list", "--json");
            Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_ReportsAMissingPath_WithExitCodeOne()
    {
        var (code, output, _) = await _cli.RunAsync("ingest", "/no/such/folder/anywhere");

        Assert.Equal(1, code);
        Assert.Contains("failed 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithoutInputs_IsAUsageError()
    {
        var (code, _, error) = await _cli.RunAsync("ingest");

        Assert.Equal(2, code);
        Assert.Contains("diplo --help", error, StringComparison.Ordinal);
    }
}
