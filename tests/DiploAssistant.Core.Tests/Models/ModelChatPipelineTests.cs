using DiploAssistant.Core.Models;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Tests.Models;

public sealed class ModelChatPipelineTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.System, "Answer from the sources."), new(ChatRole.User, "Who met Kallas?")];

    [Fact]
    public async Task GetResponseAsync_SendsTheMessagesModelAndBearerKey_ToTheCompatibleEndpoint()
    {
        await using var server = new FakeOpenAIServer().Chat("Cho Hyun met Kallas [1].");
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var response = await client.GetResponseAsync(Prompt);

        Assert.Equal("Cho Hyun met Kallas [1].", response.Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v1/chat/completions"), (request.Method, request.Path));
        Assert.Equal($"Bearer {TestModels.Key}", request.Header("Authorization"));
        Assert.Equal("test-model", request.Json()["model"]!.GetValue<string>());
        Assert.Equal([("system", "Answer from the sources."), ("user", "Who met Kallas?")], request.Messages());
    }

    [Fact]
    public async Task GetResponseAsync_UsesTheAzureDeploymentPathAndApiKeyHeader_ForAzureOpenAI()
    {
        await using var server = new FakeOpenAIServer().Chat("ok [1]", path: "/openai/deployments/test-model/chat/completions");
        using var client = TestModels.Chat(TestModels.ChatOptions(server, ModelProvider.AzureOpenAI));

        var response = await client.GetResponseAsync(Prompt);

        Assert.Equal("ok [1]", response.Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/test-model/chat/completions", request.Path);
        Assert.Equal(TestModels.Key, request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task GetResponseAsync_SendsNoCredentials_WhenACompatibleServerHasNoKey()
    {
        await using var server = new FakeOpenAIServer().Chat("ok");
        using var client = TestModels.Chat(TestModels.ChatOptions(server, key: null));

        await client.GetResponseAsync(Prompt);

        Assert.Null(Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task GetResponseAsync_Retries_After429ThenSucceeds()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/chat/completions", 429).Chat("after retry");
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var response = await client.GetResponseAsync(Prompt);

        Assert.Equal("after retry", response.Text);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetResponseAsync_ThrowsTransientModelUnavailable_After500OnEveryAttempt()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/chat/completions", 500);
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.True(error.IsTransient);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task GetResponseAsync_DoesNotRetry_ABadRequest()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/chat/completions", 400);
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetResponseAsync_ThrowsModelUnavailable_WhenTheServerNeverAnswers()
    {
        await using var server = new FakeOpenAIServer().Silent("/v1/chat/completions");
        var options = TestModels.ChatOptions(server);
        options.TimeoutSeconds = 1;
        options.MaxRetries = 0;
        using var client = TestModels.Chat(options);

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_ThrowsModelUnavailable_OnMalformedJson()
    {
        await using var server = new FakeOpenAIServer().Malformed("/v1/chat/completions");
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetResponseAsync_NeverPutsTheKeyInErrorMessages()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/chat/completions", 401);
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.DoesNotContain(TestModels.Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_YieldsTheServerSentDeltasInOrder()
    {
        await using var server = new FakeOpenAIServer().ChatStream(["조현 장관은 ", "칼라스와 ", "만났다 [1]."]);
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var deltas = new List<string>();
        await foreach (var update in client.GetStreamingResponseAsync(Prompt))
        {
            deltas.Add(update.Text);
        }

        Assert.Equal("조현 장관은 칼라스와 만났다 [1].", string.Concat(deltas));
        Assert.Contains("조현 장관은 ", deltas);
        Assert.True(Assert.Single(server.Requests).Json()["stream"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetStreamingResponseAsync_RetriesTheStart_After429()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/chat/completions", 429).ChatStream(["ok"]);
        using var client = TestModels.Chat(TestModels.ChatOptions(server));

        var text = "";
        await foreach (var update in client.GetStreamingResponseAsync(Prompt))
        {
            text += update.Text;
        }

        Assert.Equal("ok", text);
        Assert.Equal(2, server.Requests.Count);
    }
}
