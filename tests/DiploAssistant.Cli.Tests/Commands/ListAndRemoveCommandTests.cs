using System.Text.Json;

namespace DiploAssistant.Cli.Tests.Commands;

public sealed class ListAndRemoveCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Remove_DeletesTheDocument_AndItIsNoLongerCited()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (code, output, _) = await _cli.RunAsync("remove", "004_fa8377dc520534e5");
        var (_, list, _) = await _cli.RunAsync("list", "--json");
        var answer = await _cli.AskJsonAsync("Who represented South Korea at the fourth Security and Defense Dialogue with the EU?");

        Assert.Equal(0, code);
        Assert.Contains("removed 004_fa8377dc520534e5", output, StringComparison.Ordinal);
        Assert.DoesNotContain(JsonDocument.Parse(list).RootElement.EnumerateArray(), d => d.GetProperty("documentId").GetString() == "004_fa8377dc520534e5");
        Assert.DoesNotContain(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("documentId").GetString() == "004_fa8377dc520534e5");
    }

    [Fact]
    public async Task Remove_UnknownId_ExitsOne()
    {
        var (code, _, error) = await _cli.RunAsync("remove", "no-such-document");

        Assert.Equal(1, code);
        Assert.Contains("no document with id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsTitlesOutletsAndDates()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (_, output, _) = await _cli.RunAsync("list", "--json");

        var documents = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("documentId").GetString()!);
        Assert.Equal("2026-02-11", documents["002_db910010b746ffbf"].GetProperty("published").GetString());
        Assert.Equal("뉴시스", documents["002_db910010b746ffbf"].GetProperty("source").GetString());
        Assert.Equal("2021-06-24", documents["004_fa8377dc520534e5"].GetProperty("published").GetString());
    }
}
