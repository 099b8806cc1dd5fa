using System.Text.Json;
using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary>
/// <c>diplo eval --judge</c> with the chat model configured as a user would (DIPLO_Chat__ variables), a loopback
/// OpenAI-compatible fake answering the questions and acting as the judge.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class EvalJudgeCommandTests : IDisposable
{
    private const string Brussels = "Where did Cho Hyun meet Kaja Kallas?";
    private const string Netherlands = "한·네덜란드 2+2 대화에서 무엇에 합의했나?";
    private static readonly string[] Settings = ["DIPLO_Chat__Provider", "DIPLO_Chat__Endpoint", "DIPLO_Chat__Model", "DIPLO_Chat__MaxRetries"];

    private readonly CliRun _cli = new();
    private readonly string _questions = Path.Combine(Path.GetTempPath(), $"diplo-judge-{Guid.NewGuid():N}.jsonl");

    public EvalJudgeCommandTests() => File.WriteAllLines(_questions,
    [
        $$"""{"id": "brussels", "question": "{{Brussels}}", "expected": "브뤼셀"}""",
        $$"""{"id": "netherlands", "question": "{{Netherlands}}"}""",
    ]);

    public void Dispose()
    {
        foreach (var setting in Settings)
        {
            Environment.SetEnvironmentVariable(setting, null);
        }

        _cli.Dispose();
        File.Delete(_questions);
    }

    [Fact]
    public async Task EvalJudgeJson_CarriesEachAnswersScoresAndTheirMeans_AndAnUnreadableReplyAsFailed()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        await using var model = new FakeOpenAIServer().Respond(Respond);
        UseModel(model);

        var (code, output, error) = await _cli.RunAsync("eval", _questions, "--judge", "--json");

        Assert.True(code == 0, output + error);
        var report = JsonDocument.Parse(output).RootElement;
        var outcomes = report.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        var brussels = outcomes["brussels"].GetProperty("judge");
        Assert.Equal(4, brussels.GetProperty("groundedness").GetProperty("score").GetDouble());
        Assert.Equal("Every claim is in source 1.", brussels.GetProperty("groundedness").GetProperty("reason").GetString());
        Assert.False(brussels.GetProperty("groundedness").GetProperty("failed").GetBoolean());
        var unreadable = outcomes["netherlands"].GetProperty("judge").GetProperty("groundedness");
        Assert.True(unreadable.GetProperty("failed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unreadable.GetProperty("score").ValueKind);
        Assert.Contains("no JSON object", unreadable.GetProperty("diagnostic").GetString(), StringComparison.Ordinal);
        var judge = report.GetProperty("judge");
        Assert.Equal(2, judge.GetProperty("judged").GetInt32());
        Assert.Equal((4.0, 1, 1), Mean(judge.GetProperty("groundedness")));
        Assert.Equal((4.5, 2, 0), Mean(judge.GetProperty("relevance")));
    }

    [Fact]
    public async Task EvalJudge_PrintsTheMeansAndWhyAnAnswerWasNotScored()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);
        await using var model = new FakeOpenAIServer().Respond(Respond);
        UseModel(model);

        var (code, output, error) = await _cli.RunAsync("eval", _questions, "--judge");

        Assert.True(code == 0, output + error);
        Assert.Contains("groundedness (1-5) 4.00 (1 answers scored, 1 not scored)", output, StringComparison.Ordinal);
        Assert.Contains("relevance (1-5)    4.50 (2 answers scored)", output, StringComparison.Ordinal);
        Assert.Contains("groundedness: not scored: the judge's reply holds no JSON object", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalJudge_WithoutAChatModel_IsRefusedWithExitTwo_BeforeAnyWork()
    {
        var (code, output, error) = await _cli.RunAsync("eval", _questions, "--judge", "--json");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--judge needs a chat model", error, StringComparison.Ordinal);
        Assert.Contains("Chat:Provider", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalJson_WithoutJudge_HasNoJudgeFields()
    {
        await _cli.RunAsync("ingest", CliRun.SamplesDirectory);

        var (code, output, error) = await _cli.RunAsync("eval", _questions, "--json");

        Assert.True(code == 0, output + error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.False(report.TryGetProperty("judge", out _));
        Assert.All(report.GetProperty("outcomes").EnumerateArray(), o => Assert.False(o.TryGetProperty("judge", out _)));
    }

    /// <summary>Answers citing [1]; as the judge, groundedness 4 (an unreadable reply for the Netherlands question) and relevance 5 or 4.</summary>
    private static string Respond(RecordedRequest request)
    {
        var messages = request.Messages();
        var (system, user) = (messages[0].Content, messages[^1].Content);
        var about = user.Contains(Netherlands, StringComparison.Ordinal) ? Netherlands : Brussels;
        var reply = !system.Contains("You are an evaluator", StringComparison.Ordinal)
            ? about == Brussels ? "Cho Hyun met Kaja Kallas in Brussels [1]." : "양국은 안보 협력을 강화하기로 합의했다 [1]."
            : system.Contains("grounded in the sources", StringComparison.Ordinal)
                ? about == Brussels ? """{"score": 4, "reason": "Every claim is in source 1."}""" : "Mostly grounded, I would say."
                : about == Brussels ? """{"score": 5, "reason": "It answers where."}""" : """{"score": 4, "reason": "Partly."}""";
        return FakeOpenAIServer.ChatCompletionJson(reply);
    }

    private static (double Mean, int Scored, int Failed) Mean(JsonElement metric) =>
        (metric.GetProperty("mean").GetDouble(), metric.GetProperty("scored").GetInt32(), metric.GetProperty("failed").GetInt32());

    private static void UseModel(FakeOpenAIServer model)
    {
        Environment.SetEnvironmentVariable("DIPLO_Chat__Provider", "OpenAICompatible");
        Environment.SetEnvironmentVariable("DIPLO_Chat__Endpoint", model.BaseUrl.ToString());
        Environment.SetEnvironmentVariable("DIPLO_Chat__Model", "test-judge");
        Environment.SetEnvironmentVariable("DIPLO_Chat__MaxRetries", "0");
    }
}
