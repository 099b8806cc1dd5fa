using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.DirectLine;

public sealed class DirectLineTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task StartingAConversation_ReturnsIdTokenExpiryAndStreamUrl_Then200OnceStarted()
    {
        var client = _factory.CreateClient();
        var generated = await GenerateAsync(client);

        using var first = await Send(client, HttpMethod.Post, "/v3/directline/conversations", generated.Token);
        using var second = await Send(client, HttpMethod.Post, "/v3/directline/conversations", generated.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(generated.ConversationId, (string?)body["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{generated.ConversationId}/stream?t=", (string?)body["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostedMessage_IsEchoedWithItsClientActivityId_AndAnsweredWithCitations()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        using var posted = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject
        {
            ["type"] = "message",
            ["text"] = "Where did Cho Hyun meet Kaja Kallas?",
            ["from"] = new JsonObject { ["id"] = "dl_someone-else", ["name"] = "Minji" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-42" },
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echoId = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var activities = await PollUntilAsync(client, conversationId, token, all => all.Any(a => (string?)a["replyToId"] == echoId && (string?)a["type"] == "message"));

        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(conversationId)}\\|\\d{{7}}$", echoId);
        var echo = activities.Single(a => (string?)a["id"] == echoId);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.StartsWith("dl_", (string?)echo["from"]!["id"], StringComparison.Ordinal);
        Assert.NotEqual("dl_someone-else", (string?)echo["from"]!["id"]); // the token decides who the user is
        Assert.Equal("directline", (string?)echo["channelId"]);
        var answer = activities.Single(a => (string?)a["replyToId"] == echoId && (string?)a["type"] == "message");
        Assert.Equal("bot", (string?)answer["from"]!["role"]);
        Assert.Contains($"[1]: {FakeAskService.ArticleUrl} \"", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal(1, (int)answer["entities"]![0]!["citation"]![0]!["position"]!);
    }

    [Fact]
    public async Task WithoutAChatModel_TheAnswerIsOneMessage_WithoutStreamingUpdates()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        await PostTextAsync(client, conversationId, token, "Where did Cho Hyun meet Kaja Kallas?");
        var activities = await PollUntilAsync(client, conversationId, token,
            all => all.Any(a => (string?)a["type"] == "message" && (string?)a["text"] is { } t && t.StartsWith(FakeAskService.AnswerText, StringComparison.Ordinal)));

        Assert.Single(activities, a => (string?)a["type"] == "message" && (string?)a["from"]!["role"] == "bot" && a["replyToId"] is not null);
        Assert.DoesNotContain(activities, a => a["channelData"]?["streamType"] is not null);
        Assert.DoesNotContain(activities, a => (string?)a["type"] == "typing" && a["text"] is not null);
    }

    [Fact]
    public async Task Activities_AfterAWatermark_AreOnlyTheNewerOnes()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);
        await PostTextAsync(client, conversationId, token, "help");
        var first = await GetActivitiesAsync(client, conversationId, token, null);
        var all = first.Activities.Count;

        await PostTextAsync(client, conversationId, token, "sources");
        var next = await GetActivitiesAsync(client, conversationId, token, first.Watermark);

        Assert.True(all >= 1);
        Assert.All(next.Activities, a => Assert.True(Sequence(a) > long.Parse(first.Watermark, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(next.Activities, a => (string?)a["text"] == "sources");
    }

    [Fact]
    public async Task StartingAConversation_WelcomesTheUser()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        var activities = await PollUntilAsync(client, conversationId, token, all => all.Count > 0);

        Assert.StartsWith("Hello! I'm DiploAssistant.", (string?)activities[0]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingAnotherConversation_IsRefusedWith403()
    {
        var client = _factory.CreateClient();
        var (mine, myToken) = await StartAsync(client);
        var (theirs, _) = await StartAsync(client);

        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{theirs}/activities", myToken);
        using var post = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{theirs}/activities", myToken, new JsonObject { ["type"] = "message", ["text"] = "hi" });
        using var reconnect = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{theirs}", myToken);

        Assert.NotEqual(mine, theirs);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
    }

    [Fact]
    public async Task AnExpiredToken_IsRefusedWith403TokenExpired_AndRefreshIsRefusedToo()
    {
        var clock = new ManualTimeProvider();
        using var factory = new DiploServerFactory { Clock = clock };
        var client = factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        clock.Advance(TimeSpan.FromMinutes(31));
        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        using var refresh = await Send(client, HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", (string?)(await read.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task ARefreshedToken_KeepsTheConversation()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        using var refreshed = await Send(client, HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var body = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;
        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", (string)body["token"]!);

        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoiYSIsInVzZXIiOiJkbF94In0.c2lnbmF0dXJl")]
    public async Task AMissingOrForgedToken_IsRefusedWith401(string? token)
    {
        var client = _factory.CreateClient();
        var (conversationId, _) = await StartAsync(client);

        using var response = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AMalformedActivity_Gets400InDirectLinesErrorShape()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("{\"text\": ", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task Uploads_AreRefusedWith400_NotAn404ThatWouldEndTheConversation()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await StartAsync(client);

        using var response = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=dl_x", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Conversations_AreBoundedInNumber()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        var client = factory.CreateClient();
        var (oldest, oldestToken) = await StartAsync(client);
        await StartAsync(client);
        await StartAsync(client);

        using var response = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{oldest}/activities", oldestToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<(string ConversationId, string Token)> GenerateAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    internal static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client)
    {
        var (conversationId, token) = await GenerateAsync(client);
        using var started = await Send(client, HttpMethod.Post, "/v3/directline/conversations", token);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return (conversationId, (string)body["token"]!);
    }

    internal static async Task PostTextAsync(HttpClient client, string conversationId, string token, string text)
    {
        using var posted = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject { ["type"] = "message", ["text"] = text });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    internal static async Task<(List<JsonObject> Activities, string Watermark)> GetActivitiesAsync(HttpClient client, string conversationId, string token, string? watermark)
    {
        using var response = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ([.. body["activities"]!.AsArray().Select(a => a!.AsObject())], (string)body["watermark"]!);
    }

    private static async Task<List<JsonObject>> PollUntilAsync(HttpClient client, string conversationId, string token, Func<List<JsonObject>, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var (activities, _) = await GetActivitiesAsync(client, conversationId, token, null);
            if (done(activities))
            {
                return activities;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the expected activities did not arrive");
    }

    internal static long Sequence(JsonObject activity) =>
        long.Parse(((string)activity["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

    internal static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string? token, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
