using System.Text.Json;

namespace DiploAssistant.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Search_RanksTheMatchingArticleFirst()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (code, output, _) = await _cli.RunAsync("search", "뤼터 사무총장 통화 방위산업", "--top", "3", "--json");

        Assert.Equal(0, code);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        Assert.Equal("003_4460ef622a866226", results[0].GetProperty("documentId").GetString());
        Assert.True(results.GetArrayLength() <= 3);
    }

    [Fact]
    public async Task Search_WithQuestionsFile_PrintsDocumentAndChunkIdsPerQuestion()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var file = Path.Combine(_cli.StoreDirectory, "q.jsonl");
        await File.WriteAllTextAsync(file, """{"id": "x", "question": "Gulf of Guinea pirates"}""" + "\n");

        var (code, output, _) = await _cli.RunAsync("search", "--questions", file, "--top", "2");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("x", line.GetProperty("id").GetString());
        var first = line.GetProperty("results")[0];
        Assert.Equal("004_fa8377dc520534e5", first.GetProperty("documentId").GetString());
        Assert.StartsWith("004_fa8377dc520534e5/", first.GetProperty("chunkId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RejectsAnOutOfRangeTop()
    {
        var (code, _, _) = await _cli.RunAsync("search", "anything", "--top", "0");

        Assert.Equal(2, code);
    }
}
