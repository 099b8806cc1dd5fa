using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.DirectLine;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Limits;

/// <summary>Every endpoint has a body limit; past it the caller gets 413 and a JSON reason, and nothing happens.</summary>
public sealed class RequestBodyLimitTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?>
    {
        ["Api:Key"] = "s3cret",
        ["Api:MaxAskRequestBytes"] = "4096",
        ["Api:MaxUploadBytes"] = "4096",
        ["Bot:MaxRequestBytes"] = "8192",
        ["Server:MaxRequestBytes"] = "2048",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnAskBodyOverItsLimit_Gets413ProblemJson_AndIsNotAsked()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = new string('x', 5000) });

        await AssertProblem413Async(response);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task AChunkedAskBodyOverItsLimit_Gets413Too()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/ask", Chunked("{\"question\":\"" + new string('x', 5000) + "\"}"));

        await AssertProblem413Async(response);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task AnUploadOverItsLimit_Gets413_AndIsNotIngested()
    {
        var client = KeyedClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[100 * 1024]), "file", "big.txt" } };

        using var response = await client.PostAsync("/api/documents", form);

        await AssertProblem413Async(response);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task AChunkedUploadOverItsLimit_Gets413_AndIsNotIngested()
    {
        var client = KeyedClient();
        using var form = new MultipartFormDataContent { { new StreamContent(new NonSeekableStream(new byte[200 * 1024])), "file", "big.txt" } };
        form.Headers.ContentLength = null;

        using var response = await client.PostAsync("/api/documents", new StreamContent(new NonSeekableStream(await form.ReadAsByteArrayAsync()))
        {
            Headers = { ContentType = form.Headers.ContentType },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task ADeleteWithABodyOverTheGeneralLimit_Gets413_AndRemovesNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/000_2028b9ba857662b1") { Content = new StringContent(new string('x', 3000)) };
        request.Headers.Add("X-Api-Key", "s3cret");

        using var response = await _factory.CreateClient().SendAsync(request);

        await AssertProblem413Async(response);
        Assert.Equal(2, _factory.Store.Count);
    }

    [Fact]
    public async Task ABotMessageOverItsLimit_Gets413Json()
    {
        var activity = Activities.TeamsMessage(new string('x', 9000));

        using var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        await AssertProblem413Async(response);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task ADirectLineTokenRequestOverTheGeneralLimit_Gets413InDirectLinesShape()
    {
        using var response = await _factory.CreateClient().PostAsync("/v3/directline/tokens/generate", new StringContent(new string(' ', 3000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task AChunkedDirectLineActivityOverItsLimit_Gets413InDirectLinesShape_AndIsNotEchoed()
    {
        var client = _factory.CreateClient();
        var (conversationId, token) = await DirectLineTests.GenerateAsync(client);
        var body = new JsonObject { ["type"] = "message", ["text"] = new string('x', 9000) }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = Chunked(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task ABodyWithinItsLimit_IsServedAsUsual()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/ask", Chunked("{\"question\":\"Where did Cho Hyun meet Kaja Kallas?\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient KeyedClient()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");
        return client;
    }

    private static async Task AssertProblem413Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("The request body is too large", (string?)problem["title"]);
        Assert.StartsWith("The limit is ", (string?)problem["detail"], StringComparison.Ordinal);
    }

    /// <summary>A body sent without Content-Length (chunked), so the server learns its size only by reading it.</summary>
    private static StreamContent Chunked(string json) =>
        new(new NonSeekableStream(Encoding.UTF8.GetBytes(json))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
