using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Tests.Models;
using DiploAssistant.Core.Tests.TestSupport;

namespace DiploAssistant.Core.Tests.Answering.Orchestration;

/// <summary>The model answer path end to end through the real OpenAI SDK, against a fake OpenAI-compatible server.</summary>
public sealed class KernelAnswerContractTests
{
    private const string Question = "조현 장관은 브뤼셀에서 누구와 만났나?";
    private const string Path = "/v1/chat/completions";

    private static readonly IReadOnlyList<RetrievedChunk> TwoArticles =
        Evidence.Of((SampleArticles.EuStrategicDialogue, 0), (SampleArticles.RelatedDefenseMinisters, 0));

    [Fact]
    public async Task GenerateAsync_SendsTheGroundedPrompt_AndValidatesTheModelsMarkers()
    {
        await using var server = new FakeOpenAIServer().Chat("조현 장관은 카야 칼라스 고위대표와 만났다 [1][4].");
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));

        var answer = await ModelPrompts.Orchestrator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        var messages = Assert.Single(server.Requests).Messages();
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        Assert.Contains("<source n=\"1\" title=\"한국·EU 고위 외교관들, 안보·무역 협력 논의\">", messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("<source n=\"2\"", messages[1].Content, StringComparison.Ordinal);
        Assert.EndsWith($"Question: {Question}", messages[1].Content, StringComparison.Ordinal);
        Assert.Equal("조현 장관은 카야 칼라스 고위대표와 만났다 [1].", answer.Text);
        Assert.Equal(SampleArticles.EuStrategicDialogue.Document.Id, Assert.Single(answer.Citations).DocumentId);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_FallsBackToTheMarkedOfflineAnswer_WhenTheServerFailsWith500()
    {
        await using var server = new FakeOpenAIServer().Status(Path, 500);
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));

        var answer = await ModelPrompts.Orchestrator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.EndsWith(OfflineAnswerNote.Korean, answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Answered);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task GenerateAsync_AnswersWithTheModel_After429ThenSuccess()
    {
        await using var server = new FakeOpenAIServer().Status(Path, 429).Chat("조현 장관은 칼라스와 만났다 [1].");
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));

        var answer = await ModelPrompts.Orchestrator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.Equal("조현 장관은 칼라스와 만났다 [1].", answer.Text);
    }

    [Fact]
    public async Task GenerateAsync_FallsBackToTheOfflineAnswer_OnMalformedJson()
    {
        await using var server = new FakeOpenAIServer().Malformed(Path);
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));

        var answer = await ModelPrompts.Orchestrator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.EndsWith(OfflineAnswerNote.Korean, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_FallsBackToTheOfflineAnswer_WhenTheServerTimesOut()
    {
        await using var server = new FakeOpenAIServer().Silent(Path);
        var options = TestModels.ChatOptions(server);
        options.TimeoutSeconds = 1;
        options.MaxRetries = 0;
        using var chat = TestModels.Chat(options);

        var answer = await ModelPrompts.Orchestrator(chat).GenerateAsync(Question, TwoArticles, CancellationToken.None);

        Assert.EndsWith(OfflineAnswerNote.Korean, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamAsync_RelaysServerSentDeltas_ThenTheValidatedAnswer()
    {
        await using var server = new FakeOpenAIServer().ChatStream(["조현 장관은 ", "칼라스와 만났다 ", "[1][3]."]);
        using var chat = TestModels.Chat(TestModels.ChatOptions(server));

        var updates = new List<AnswerStreamUpdate>();
        await foreach (var update in ModelPrompts.Orchestrator(chat).StreamAsync(Question, TwoArticles, CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.Equal(["조현 장관은 ", "칼라스와 만났다 ", "[1][3]."], updates.Where(u => !u.IsFinal).Select(u => u.Delta));
        Assert.Equal("조현 장관은 칼라스와 만났다 [1].", updates[^1].Answer!.Text);
        Assert.True(Assert.Single(server.Requests).Json()["stream"]!.GetValue<bool>());
    }
}
