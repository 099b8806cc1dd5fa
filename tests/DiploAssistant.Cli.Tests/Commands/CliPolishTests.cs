using System.Text.Json;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary>What a person at the command line sees: one line per failure, plain date errors, skipped files named, eval lines read either way.</summary>
public sealed class CliPolishTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("diplo-polish-").FullName;

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("ask", "--from")]
    [InlineData("search", "--to")]
    [InlineData("ask", "--as-of")]
    public async Task ABadDate_IsAUsageError_NamingTheFlagAndTheFormat(string command, string flag)
    {
        var (code, output, error) = await _cli.RunAsync(command, "Where did Cho Hyun meet Kaja Kallas?", flag, "2026-13-45");

        Assert.Equal(2, code);
        Assert.Contains($"{flag}: '2026-13-45' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolder_ListsItsUnsupportedFilesAsSkipped_WithTheReason_AndExitsZero()
    {
        File.Copy(Path.Combine(CliRun.SamplesDirectory, "004_fa8377dc520534e5.txt"), Path.Combine(_folder, "article.txt"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "photo.png"), [0x89, 0x50, 0x4E, 0x47]);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "archive.zip"), [0x50, 0x4B, 0x03, 0x04]);

        var (code, output, error) = await _cli.RunAsync("ingest", _folder);

        Assert.True(code == 0, output + error);
        Assert.Contains("skipped 2", output, StringComparison.Ordinal);
        var name = Path.GetFileName(_folder);
        Assert.Contains($"skipped {name}/photo.png: unsupported file type '.png'", output, StringComparison.Ordinal);
        Assert.Contains($"skipped {name}/archive.zip: unsupported file type '.zip'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailure_IsPrintedOnce_WithItsInputNamedOnce()
    {
        var missing = Path.Combine(_folder, "missing.txt");
        var url = "http://127.0.0.1:9/article.html";

        var (code, output, error) = await _cli.RunAsync("ingest", missing, url);

        Assert.Equal(1, code);
        var all = output + error;
        Assert.Equal(1, Count(all, missing));
        Assert.Equal(1, Count(all, url));
        Assert.Contains("failed 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_AcceptsExpectedAsAStringOrAList_AndReportsSkippedLinesWithExitOne()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var questions = Path.Combine(_folder, "questions.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"id": "a", "question": "Where did Cho Hyun meet Kaja Kallas?", "expected": "브뤼셀"}""",
            """{"id": "b", "question": "Where did Cho Hyun meet Kaja Kallas?", "expected": ["브뤼셀", "Brussels"]}""",
            """{"id": "c", "question": "Where?", "expected": 42}""",
            """not json""",
        ]);

        var (code, output, error) = await _cli.RunAsync("eval", questions, "--json");

        Assert.True(code == 1, output + error);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("questions").GetInt32());
        Assert.Contains("questions.jsonl:3: skipped: the field $.expected", error, StringComparison.Ordinal);
        Assert.Contains("questions.jsonl:4: skipped: it is not a JSON object", error, StringComparison.Ordinal);
        Assert.Contains("2 lines of questions.jsonl were skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalJson_SaysWhyEachDeclinedQuestionWasDeclined_AndNothingForAnAnsweredOne()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        var questions = Path.Combine(_folder, "questions.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"id": "answered", "question": "Where did Cho Hyun meet Kaja Kallas?"}""",
            """{"id": "declined", "question": "Who won the 2022 FIFA World Cup final in Qatar?", "answerable": false}""",
        ]);

        var (code, output, error) = await _cli.RunAsync("eval", questions, "--json");

        Assert.True(code == 0, output + error);
        var outcomes = JsonDocument.Parse(output).RootElement.GetProperty("outcomes");
        Assert.False(outcomes[0].TryGetProperty("noAnswerReason", out _));
        Assert.False(outcomes[1].GetProperty("answered").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(outcomes[1].GetProperty("noAnswerReason").GetString()));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
