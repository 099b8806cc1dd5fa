using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.DirectLine;
using DiploAssistant.Server.Tests.TestDoubles;
using DiploAssistant.Web.Api;
using DiploAssistant.Web.Api.Documents;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>Who may change the memory, load from chat, and read a conversation.</summary>
public sealed class AccessTests
{
    [Theory]
    [InlineData("s3cret", true)]
    [InlineData("s3creT", false)]
    [InlineData("s3cre", false)]
    [InlineData("s3cret ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TheApiKey_MatchesOnlyItself(string? presented, bool matches) =>
        Assert.Equal(matches, ApiKeyEndpointFilter.Matches(presented, "s3cret"));

    [Fact]
    public async Task AWrongKey_IsRefusedWith401_ForLoadingAndRemoving()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Api:Key"] = "s3cret" });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3creT");

        using var load = await client.PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/a" });
        using var remove = await client.DeleteAsync("/api/documents/000_2028b9ba857662b1");

        Assert.Equal(HttpStatusCode.Unauthorized, load.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, remove.StatusCode);
        Assert.Empty(factory.Ingestion.Inputs);
        Assert.Equal(2, factory.Store.Count);
    }

    [Fact]
    public async Task WithoutAConfiguredKey_DocumentChangesFromAnotherMachine_AreOff()
    {
        using var factory = new DiploServerFactory(); // the in-memory test server has no loopback peer address
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");

        using var load = await client.PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/a" });
        using var remove = await client.DeleteAsync("/api/documents/000_2028b9ba857662b1");
        using var list = await client.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.Forbidden, load.StatusCode);
        Assert.Equal("Document changes over HTTP are off", (string?)(await load.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty(factory.Ingestion.Inputs);
        Assert.Equal(2, factory.Store.Count);
    }

    [Fact]
    public async Task WithoutAConfiguredKey_ThisMachineMayChangeDocuments_ButNotThroughAProxy()
    {
        using var factory = new DiploServerFactory();
        using var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };

        using var local = await client.PostAsJsonAsync("api/documents", new { url = "https://news.example.test/a" });
        using var proxied = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = JsonContent.Create(new { url = "https://news.example.test/b" }) };
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var forwarded = await client.SendAsync(proxied);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forwarded.StatusCode);
        Assert.Equal(["https://news.example.test/a"], factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task WithoutAConfiguredKey_AndLocalChangesTurnedOff_EvenThisMachineMayNotChangeDocuments()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Api:LocalChangesWithoutKey"] = "false" });
        using var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };

        using var load = await client.PostAsJsonAsync("api/documents", new { url = "https://news.example.test/a" });
        using var remove = await client.DeleteAsync("api/documents/000_2028b9ba857662b1");

        Assert.Equal(HttpStatusCode.Forbidden, load.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Empty(factory.Ingestion.Inputs);
        Assert.Equal(2, factory.Store.Count);
    }

    [Fact]
    public async Task AnExpiredToken_CanNeitherPostNorOpenTheStream()
    {
        var clock = new ManualTimeProvider();
        using var factory = new DiploServerFactory { Clock = clock };
        var client = factory.CreateClient();
        var (conversationId, token) = await DirectLineTests.GenerateAsync(client);

        clock.Advance(TimeSpan.FromMinutes(31));
        using var post = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject { ["type"] = "message", ["text"] = "hi" });
        using var reconnect = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);
        var stream = new Uri(factory.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t={token}");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => factory.Server.CreateWebSocketClient().ConnectAsync(stream, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("TokenExpired", (string?)(await post.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Empty(factory.Ask.Requests);
    }

    [Fact]
    public async Task ATokenForConversationA_CannotReadConversationBsActivities_NorItsStream_NorRefreshIntoIt()
    {
        using var factory = new DiploServerFactory();
        var client = factory.CreateClient();
        var (a, tokenA) = await DirectLineTests.GenerateAsync(client);
        var (b, tokenB) = await DirectLineTests.GenerateAsync(client);
        using var secret = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{b}/activities", tokenB, new JsonObject { ["type"] = "message", ["text"] = "B's private question" });

        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{b}/activities", tokenA);
        var stream = new Uri(factory.Server.BaseAddress, $"/v3/directline/conversations/{b}/stream?t={tokenA}");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => factory.Server.CreateWebSocketClient().ConnectAsync(stream, CancellationToken.None));
        using var refreshed = await Send(client, HttpMethod.Post, "/v3/directline/tokens/refresh", tokenA);
        var refreshedBody = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.DoesNotContain("B's private question", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Equal(a, (string?)refreshedBody["conversationId"]);
    }

    [Fact]
    public async Task ATokenFromAnotherServer_IsRefusedWith401()
    {
        using var other = new DiploServerFactory();
        var (_, foreignToken) = await DirectLineTests.GenerateAsync(other.CreateClient());
        using var factory = new DiploServerFactory();
        var client = factory.CreateClient();
        var (conversationId, _) = await DirectLineTests.GenerateAsync(client);

        using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", foreignToken);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task ADirectLineUserNamingAnAllowedId_StillMayNotLoadFromChat()
    {
        using var factory = new DiploServerFactory(new Dictionary<string, string?> { ["Bot:AllowLoadingFor:0"] = "dl_admin" });
        var client = factory.CreateClient();
        using var generated = await client.PostAsync("/v3/directline/tokens/generate",
            new StringContent("{\"user\":{\"id\":\"dl_admin\"}}", Encoding.UTF8, "application/json"));
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        var (conversationId, token) = ((string)body["conversationId"]!, (string)body["token"]!);

        using var posted = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new JsonObject { ["type"] = "message", ["text"] = "load https://news.example.test/a" });
        string? reply = null;
        for (var i = 0; i < 100 && reply is null; i++)
        {
            using var read = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
            reply = (await read.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray()
                .Select(a => (string?)a!["from"]!["role"] == "bot" ? (string?)a["text"] : null).FirstOrDefault(t => t is not null);
        }

        Assert.StartsWith("Loading articles from chat is not enabled for you", reply, StringComparison.Ordinal);
        Assert.Empty(factory.Ingestion.Inputs);
    }

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
