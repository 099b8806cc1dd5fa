using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>Every error of the HTTP API, whatever caused it, is an RFC 7807 ProblemDetails with a title and a detail.</summary>
public sealed class ProblemDetailsTests : IDisposable
{
    private const string Key = "problem-test-key";
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?> { ["Api:Key"] = Key });

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string, string, string?, HttpStatusCode> Requests => new()
    {
        { "malformed JSON", "/api/ask", "{\"question\": ", "application/json", HttpStatusCode.BadRequest },
        { "a number for the question", "/api/ask", "{\"question\": 42}", "application/json", HttpStatusCode.BadRequest },
        { "an array for the body", "/api/ask", "[1, 2]", "application/json", HttpStatusCode.BadRequest },
        { "an empty body", "/api/ask", "", "application/json", HttpStatusCode.BadRequest },
        { "an empty question", "/api/ask", "{\"question\": \"  \"}", "application/json", HttpStatusCode.BadRequest },
        { "no content type", "/api/ask", "{\"question\": \"Where?\"}", null, HttpStatusCode.UnsupportedMediaType },
        { "a text content type", "/api/ask", "{\"question\": \"Where?\"}", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "a document load as text", "/api/documents", "https://example.com/a", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "a document load without a url", "/api/documents", "{}", "application/json", HttpStatusCode.BadRequest },
        { "a document load of a file: url", "/api/documents", "{\"url\": \"file:///etc/passwd\"}", "application/json", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ABadRequest_GetsAProblemDetails(string why, string path, string body, string? contentType, HttpStatusCode expected)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await Client().PostAsync(path, content);

        await AssertProblemAsync(response, expected, why);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task AWrongType_IsNamedByItsPath()
    {
        using var response = await Client().PostAsync("/api/ask", Json("{\"question\": 42}"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "wrong type");
        Assert.Contains("$.question", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/ask", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/ask", HttpStatusCode.MethodNotAllowed)]
    public async Task AnUnknownAddressOrMethod_GetsAProblemDetails(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await Client().SendAsync(request);

        await AssertProblemAsync(response, expected, $"{method} {path}");
    }

    [Fact]
    public async Task AMissingApiKey_GetsAProblemDetails()
    {
        using var response = await _factory.CreateClient().DeleteAsync("/api/documents/anything");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "no key");
    }

    [Fact]
    public async Task AChunkedTwoMegabyteAsk_OnARealSocket_Gets413ProblemDetails()
    {
        var address = _factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = address };
        var body = Encoding.UTF8.GetBytes("{\"question\": \"" + new string('x', 2 * 1024 * 1024) + "\"}");
        using var content = new StreamContent(new UnseekableStream(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

        using var response = await client.PostAsync("/api/ask", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "chunked 2 MB");
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task ARateLimitedAsk_GetsAProblemDetails()
    {
        using var limited = new DiploServerFactory(new Dictionary<string, string?> { ["RateLimits:ApiPerIp"] = "1" });
        var client = limited.CreateClient();
        using var first = await client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });

        using var second = await client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertProblemAsync(second, HttpStatusCode.TooManyRequests, "rate limit");
    }

    [Fact]
    public async Task AUrlLoadThatLoadsNothing_Gets422WithTheReason()
    {
        var store = Path.Combine(Path.GetTempPath(), "diplo-problem-" + Guid.NewGuid().ToString("N"));
        using var real = new DiploServerFactory(
            new Dictionary<string, string?> { ["Api:Key"] = Key, ["Store:Path"] = store, ["Server:LoadSampleData"] = "false" }, realCore: true);
        var client = real.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        // A loopback address is refused by the URL policy before any request is made: nothing is loaded.
        using var response = await client.PostAsJsonAsync("/api/documents", new { url = "http://127.0.0.1:9/article.html" });

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "nothing loaded");
        Assert.Equal(1, (int)problem["failed"]!);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private HttpClient Client()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string why)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{why}: {(int)response.StatusCode} {text}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{why}: {response.Content.Headers.ContentType} {text}");
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]), $"{why}: no title in {text}");
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), $"{why}: no detail in {text}");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return problem;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
