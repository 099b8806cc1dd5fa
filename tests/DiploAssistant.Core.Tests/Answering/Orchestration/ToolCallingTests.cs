using System.Text.Json;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Tests.Models;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DiploAssistant.Core.Tests.Answering.SampleArticles;

namespace DiploAssistant.Core.Tests.Answering.Orchestration;

/// <summary>
/// Automatic function calling end to end: the real OpenAI / Azure OpenAI SDKs through Microsoft.Extensions.AI and the
/// kernel, against a loopback fake that acts as a tool-calling model, over a SQLite store of sample articles.
/// </summary>
public sealed class ToolCallingTests : IAsyncLifetime
{
    /// <summary>About the EU dialogue only; the model must find the Netherlands part itself.</summary>
    private const string Question = "What did Korea agree with the EU, and with the Netherlands?";
    private const string ModelQuery = "한·네덜란드 2+2 외교·산업 고위급 대화";
    private const string Path = "/v1/chat/completions";

    private static readonly IReadOnlyList<RetrievedChunk> EuOnly = Evidence.Of((EuStrategicDialogue, 1));

    private SampleArticleStore _articles = null!;

    public async Task InitializeAsync() => _articles = await SampleArticleStore.CreateAsync(EuStrategicDialogue, NetherlandsTwoPlusTwo, RutteCall);

    public async Task DisposeAsync() => await _articles.DisposeAsync();

    [Fact]
    public async Task GenerateAsync_CitesTheArticleTheModelsOwnSearchFound()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().Respond(model.Respond);

        var answer = await Orchestrator(server).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("articles_search", model.OfferedTools.First());
        Assert.NotEqual(Question, ModelQuery);
        var searched = System.Text.Json.Nodes.JsonNode.Parse(model.LastToolResult!)!.AsArray()[0];
        Assert.Equal((2, NetherlandsTwoPlusTwo.Document.Id), (searched!["number"]!.GetValue<int>(), searched["documentId"]!.GetValue<string>()));
        Assert.True(answer.Answered);
        Assert.Equal(model.Answer(1), answer.Text);
        Assert.Equal(NetherlandsTwoPlusTwo.Document.Id, Assert.Single(answer.Citations).DocumentId);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task AskAsync_AnswerJsonCitesTheSearchedArticle()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().Respond(model.Respond);
        var service = new AskService(_articles.Retriever, Orchestrator(server), Options.Create(new AnsweringOptions { EvidenceChunks = 1 }));

        var answer = await service.AskAsync(new AskRequest("Who did Cho Hyun meet in Brussels, and what was agreed with the Netherlands?"), CancellationToken.None);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(answer));
        var citations = json.RootElement.GetProperty("citations");
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Contains(citations.EnumerateArray(), c => c.GetProperty("documentId").GetString() == NetherlandsTwoPlusTwo.Document.Id);
    }

    [Fact]
    public async Task GenerateAsync_WorksThroughTheAzureProvider_OnItsOpenAIPathWithTheApiKey()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().Respond(model.Respond, "/openai/deployments/test-model/chat/completions");

        var answer = await Orchestrator(server, ModelProvider.AzureOpenAI).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.All(server.Requests, r => Assert.StartsWith("/openai/", r.Path, StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Equal(TestModels.Key, r.Header("api-key")));
        Assert.Equal(NetherlandsTwoPlusTwo.Document.Id, Assert.Single(answer.Citations).DocumentId);
    }

    [Fact]
    public async Task StreamAsync_StreamsTheDeltasAfterTheSearch_ThenTheCheckedAnswer()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().RespondStream(model.Stream);

        var updates = new List<AnswerStreamUpdate>();
        await foreach (var update in Orchestrator(server).StreamAsync(Question, EuOnly, CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.True(updates.Count(u => !u.IsFinal) > 1);
        Assert.Equal(model.Answer(2), string.Concat(updates.Where(u => !u.IsFinal).Select(u => u.Delta)));
        var final = updates[^1].Answer!;
        Assert.Equal(model.Answer(1), final.Text);
        Assert.Equal(NetherlandsTwoPlusTwo.Document.Id, Assert.Single(final.Citations).DocumentId);
    }

    [Fact]
    public async Task GenerateAsync_EndsTheLoop_AndGivesTheMarkedExtractiveAnswer_WhenTheModelCallsToolsPastTheLimit()
    {
        var model = new ToolCallingModel(ModelQuery) { Calls = 100 };
        await using var server = new FakeOpenAIServer().Respond(model.Respond);

        var answer = await Orchestrator(server, configure: o => o.MaxToolCalls = 2).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Equal(4, server.Requests.Count);
        Assert.Contains(ToolCallLimitFilterResult, server.Requests[3].Body, StringComparison.Ordinal);
        Assert.EndsWith(ModelFallbackNote.English, answer.Text, StringComparison.Ordinal);
        AnswerContract.AssertHolds(answer with { Text = answer.Text[..^ModelFallbackNote.English.Length].TrimEnd() });
    }

    [Fact]
    public async Task GenerateAsync_StillGivesACheckedAnswer_WhenTheModelSendsAMalformedToolCall()
    {
        var model = new ToolCallingModel(ModelQuery) { Arguments = "{\"query\": \"네덜란드" };
        await using var server = new FakeOpenAIServer().Respond(model.Respond);

        var answer = await Orchestrator(server).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(answer.Answered);
        Assert.Equal(EuStrategicDialogue.Document.Id, Assert.Single(answer.Citations).DocumentId);
        AnswerContract.AssertHolds(answer);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheOfflineAnswer_WhenTheModelTimesOutAfterASearch()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().Respond(model.Respond).Silent(Path);

        var answer = await Orchestrator(server, configure: o => (o.TimeoutSeconds, o.MaxRetries) = (1, 0)).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.EndsWith(OfflineAnswerNote.English, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_GivesTheOfflineAnswer_WhenTheWholeAnswerRunsPastItsTime()
    {
        var model = new ToolCallingModel(ModelQuery);
        await using var server = new FakeOpenAIServer().Respond(model.Respond).Silent(Path);

        var logs = new RecordingLoggerProvider();

        var answer = await Orchestrator(server, configure: o => (o.TimeoutSeconds, o.MaxRetries) = (30, 0), time: new BudgetSpentTime(), logs: logs)
            .GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.EndsWith(OfflineAnswerNote.English, answer.Text, StringComparison.Ordinal);
        var fallback = Assert.Single(logs.Messages, m => m.Text.StartsWith("The chat model could not be used", StringComparison.Ordinal));
        Assert.Contains("Canceled", fallback.Text, StringComparison.Ordinal); // the answer's budget, not the 30 s attempt timeout
    }

    [Fact]
    public async Task GenerateAsync_OffersNoTools_WhenUseToolsIsOff()
    {
        await using var server = new FakeOpenAIServer().Chat("Cho Hyun met Kaja Kallas in Brussels [1].");

        var answer = await Orchestrator(server, configure: o => o.UseTools = false).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Empty(Assert.Single(server.Requests).ToolNames());
        Assert.Equal(EuStrategicDialogue.Document.Id, Assert.Single(answer.Citations).DocumentId);
    }

    [Fact]
    public async Task GenerateAsync_AnswersInOnePass_WhenTheModelRefusesTools()
    {
        await using var server = new FakeOpenAIServer()
            .Status(Path, 400, """{"error":{"message":"this model does not support tools","type":"invalid_request_error"}}""")
            .Chat("Cho Hyun met Kaja Kallas in Brussels [1].");

        var answer = await Orchestrator(server).GenerateAsync(Question, EuOnly, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.NotEmpty(server.Requests[0].ToolNames());
        Assert.Empty(server.Requests[1].ToolNames());
        Assert.True(answer.Answered);
    }

    private static string ToolCallLimitFilterResult => "Tool call limit reached";

    private KernelAnswerOrchestrator Orchestrator(
        FakeOpenAIServer server,
        ModelProvider provider = ModelProvider.OpenAICompatible,
        Action<ChatModelOptions>? configure = null,
        TimeProvider? time = null,
        RecordingLoggerProvider? logs = null)
    {
        var options = TestModels.ChatOptions(server, provider);
        configure?.Invoke(options);
        return ModelPrompts.Services(TestModels.Chat(options), _articles.Store, _articles.Retriever, o =>
            {
                o.MaxToolCalls = options.MaxToolCalls;
                o.UseTools = options.UseTools;
            },
            logs,
            time)
            .GetRequiredService<KernelAnswerOrchestrator>();
    }
}
