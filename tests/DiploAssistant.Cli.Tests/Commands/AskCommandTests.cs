using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiploAssistant.Cli.Tests.Commands;

public sealed partial class AskCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("Where did Cho Hyun meet Kaja Kallas?", "브뤼셀", "000_2028b9ba857662b1")]
    [InlineData("차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?", "헤이그", "002_db910010b746ffbf")]
    [InlineData("Who represented South Korea at the fourth Security and Defense Dialogue with the EU?", "Kim Sang-jin", "004_fa8377dc520534e5")]
    public async Task Ask_AnswersFromTheRightSample_WithACitation(string question, string fact, string documentId)
    {
        await IngestSamplesAsync();

        var answer = await _cli.AskJsonAsync(question);

        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.Contains(fact, answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("documentId").GetString() == documentId);
    }

    [Fact]
    public async Task Ask_Json_FollowsTheAnswerContract()
    {
        await IngestSamplesAsync();

        var answer = await _cli.AskJsonAsync("조현 장관은 칼라스 고위대표와 어디에서 만났나?");

        string[] fields = ["question", "answered", "answer", "noAnswerReason", "citations"];
        Assert.Equal(fields, answer.EnumerateObject().Select(p => p.Name));
        var markers = MarkerPattern().Matches(answer.GetProperty("answer").GetString()!).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var numbers = answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("n").GetInt32()).ToHashSet();
        Assert.NotEmpty(numbers);
        Assert.Equal(numbers, markers);
        var citation = answer.GetProperty("citations")[0];
        // DESIGN.md's fields in its order, then the ones added since (issue 18: the other outlets of a wire copy).
        string[] citationFields = ["n", "documentId", "title", "source", "url", "uri", "published", "quote", "score", "alsoReportedBy"];
        Assert.Equal(citationFields, citation.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Ask_WithAConversation_FindsTheFollowUpsArticle_FromTheQuestionAskedInAnEarlierRun()
    {
        await IngestSamplesAsync();
        var (code, _, error) = await _cli.RunAsync("ask", "차기 한·네덜란드 2+2 외교·산업 고위급 대화는 어디에서 열리나?", "--conversation", "a:1Xy;cli", "--json");
        Assert.True(code == 0, error);

        var (followUpCode, followUp, followUpError) = await _cli.RunAsync("ask", "그 회의에서 무엇에 합의했나?", "--conversation", "a:1Xy;cli", "--json");
        var alone = await _cli.AskJsonAsync("그 회의에서 무엇에 합의했나?");

        Assert.True(followUpCode == 0, followUpError);
        Assert.Equal(["002_db910010b746ffbf"], CitedDocuments(JsonDocument.Parse(followUp).RootElement));
        Assert.DoesNotContain("002_db910010b746ffbf", CitedDocuments(alone));
    }

    [Theory]
    [InlineData("Who won the 2022 FIFA World Cup final?")]
    [InlineData("조현 장관은 베를린에서 누구를 만났나?")]
    [InlineData("한은 기준금리는 얼마로 동결됐나?")]
    public async Task Ask_Declines_WhenTheArticlesDoNotSay(string question)
    {
        await IngestSamplesAsync();

        var answer = await _cli.AskJsonAsync(question);

        Assert.False(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.Empty(answer.GetProperty("citations").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("noAnswerReason").GetString()));
    }

    [Fact]
    public async Task Ask_OnAnEmptyStore_Declines()
    {
        var answer = await _cli.AskJsonAsync("Where did Cho Hyun meet Kaja Kallas?");

        Assert.False(answer.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_WithQuestionsFile_PrintsOneJsonLinePerQuestion()
    {
        await IngestSamplesAsync();
        var file = Path.Combine(_cli.StoreDirectory, "questions.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id": "a", "question": "Where did Cho Hyun meet Kaja Kallas?"}""",
            "not json",
            """{"id": "b", "question": "Who won the 2022 FIFA World Cup final?"}""",
        ]);

        var (code, output, error) = await _cli.RunAsync("ask", "--questions", file);

        Assert.Equal(1, code);
        Assert.Contains("questions.jsonl:2", error, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.True(lines[0].GetProperty("answered").GetBoolean());
        Assert.False(lines[1].GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_WithoutAQuestion_IsAUsageError()
    {
        var (code, _, error) = await _cli.RunAsync("ask");

        Assert.Equal(2, code);
        Assert.Contains("needs a question", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithAnInvalidDate_IsAUsageError()
    {
        var (code, _, _) = await _cli.RunAsync("ask", "anything", "--as-of", "yesterday-ish");

        Assert.Equal(2, code);
    }

    private async Task IngestSamplesAsync()
    {
        var (code, _, error) = await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        Assert.True(code == 0, error);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex MarkerPattern();

    private static IEnumerable<string?> CitedDocuments(JsonElement answer) =>
        answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("documentId").GetString()).Distinct();
}
