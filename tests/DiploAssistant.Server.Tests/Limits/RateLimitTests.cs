using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.DirectLine;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Server.Tests.Limits;

/// <summary>Per client IP and per conversation: past the budget, 429 with a numeric Retry-After and a JSON reason.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Asking_PastThePerIpBudget_Gets429WithRetryAfter_WhileHealthStaysOpen()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:ApiPerIp"] = "3" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                AssertRetryAfter(response);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        using var health = await client.GetAsync("/healthz");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, factory.Ask.Requests.Count);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task DocumentChanges_ShareTheApiBudget()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:ApiPerIp"] = "2", ["Api:Key"] = "s3cret" });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");
        await client.GetAsync("/api/documents");
        await client.PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/a" });

        using var third = await client.PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/b" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        AssertRetryAfter(third);
        Assert.Single(factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task DirectLineTokens_PastThePerIpBudget_Get429InDirectLinesShape()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:DirectLinePerIp"] = "2" });
        var client = factory.CreateClient();
        await DirectLineTests.GenerateAsync(client);
        await DirectLineTests.GenerateAsync(client);

        using var third = await client.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        AssertRetryAfter(third);
        Assert.Equal("TooManyRequests", (string?)(await third.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task StartingConversations_SpendsTheDirectLineBudget()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:DirectLinePerIp"] = "2" });
        var client = factory.CreateClient();
        var (_, token) = await DirectLineTests.GenerateAsync(client);
        using var started = await Send(client, HttpMethod.Post, "/v3/directline/conversations", token);

        using var again = await Send(client, HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    [Fact]
    public async Task BotMessages_PastTheChannelBudget_Get429()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:ChannelPerIp"] = "1" });
        var client = factory.CreateClient();
        await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("help")));

        using var second = await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("help")));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        AssertRetryAfter(second);
    }

    [Fact]
    public async Task OneDirectLineConversation_PastItsMessageRate_Gets429_AndTheRefusedMessageIsNotEchoed_WhileAnotherConversationGoesOn()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Bot:MessagesPerConversationPerMinute"] = "2" });
        var client = factory.CreateClient();
        var (noisy, noisyToken) = await DirectLineTests.GenerateAsync(client);
        var (quiet, quietToken) = await DirectLineTests.GenerateAsync(client);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var posted = await PostTextAsync(client, noisy, noisyToken, $"help {i}");
            statuses.Add(posted.StatusCode);
            if (posted.StatusCode == HttpStatusCode.TooManyRequests)
            {
                AssertRetryAfter(posted);
                Assert.Equal("TooManyRequests", (string?)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
            }
        }

        using var other = await PostTextAsync(client, quiet, quietToken, "help");
        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{noisy}/activities", noisyToken);
        var activities = (await read.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain(activities, a => (string?)a!["text"] == "help 2");
    }

    [Fact]
    public async Task OneTeamsConversation_PastItsMessageRate_IsTold_NotRefused_WhileAnotherConversationGoesOn()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Bot:MessagesPerConversationPerMinute"] = "2" });
        var client = factory.CreateClient();
        await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("help")));
        await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("help")));

        using var third = await client.PostAsync("/api/messages", Activities.Json(Activities.TeamsMessage("help")));
        var elsewhere = Activities.TeamsMessage("help");
        elsewhere["conversation"]!["id"] = "a:another-conversation";
        using var other = await client.PostAsync("/api/messages", Activities.Json(elsewhere));

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var told = (await third.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        Assert.Equal(DiploAssistant.Bot.Turns.Queue.SlowDownNotices.Reply, (string?)Assert.Single(told)!["text"]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task WithRateLimitsOff_NothingIsRefused()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false", ["RateLimits:ApiPerIp"] = "1" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question = "Where?" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public void AnInvalidBudget_FailsTheStart_NamingTheSetting()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:ApiPerIp"] = "0" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("ApiPerIp", error.Message, StringComparison.Ordinal);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Retry-After", out var values), "Retry-After is missing");
        Assert.InRange(int.Parse(values!.Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    private static Task<HttpResponseMessage> PostTextAsync(HttpClient client, string conversationId, string token, string text) =>
        Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject { ["type"] = "message", ["text"] = text });

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
