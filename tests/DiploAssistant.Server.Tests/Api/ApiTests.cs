using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

public sealed class ApiTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?> { ["Api:Key"] = "s3cret" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ask_ReturnsTheAnswerJson_WithFiltersPassedOn()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new
        {
            question = "Where did Cho Hyun meet Kaja Kallas?",
            conversationId = "c-1",
            filters = new { from = "2025-01-01", asOf = "2025-12-31", source = "The Korea Herald" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)body["answered"]!);
        Assert.Equal(FakeAskService.AnswerText, (string?)body["answer"]);
        Assert.Equal(1, (int)body["citations"]![0]!["n"]!);
        var request = Assert.Single(_factory.Ask.Requests);
        Assert.Equal(new DateOnly(2025, 1, 1), request.Filters!.From);
        Assert.Equal(new DateOnly(2025, 12, 31), request.Filters.AsOf);
        Assert.Equal("api:c-1", request.ConversationId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ask_RefusesAnEmptyQuestion_WithProblemDetails(string question)
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new { question });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ask_RefusesAQuestionOf100Kilobytes_WithProblemDetails()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = new string('x', 100 * 1024) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The question is too long", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        Assert.Empty(_factory.Ask.Requests);
    }

    [Fact]
    public async Task Ask_RefusesMalformedJson()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/ask", new StringContent("{\"question\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Documents_AreListedWithoutAKey()
    {
        var documents = await _factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/documents");

        Assert.Equal(2, documents!.Count);
        Assert.Equal("000_2028b9ba857662b1", (string?)documents[0]!["document"]!["id"]);
    }

    [Fact]
    public async Task LoadingAUrl_NeedsTheApiKey()
    {
        using var response = await _factory.CreateClient().PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/a" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task LoadingAUrl_WithTheKey_ReturnsTheIngestionReport()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        using var response = await client.PostAsJsonAsync("/api/documents", new { url = "https://news.example.test/a" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, (int)report["added"]!);
        Assert.Equal("added", (string?)report["items"]![0]!["status"]);
    }

    [Fact]
    public async Task LoadingAPrivateAddress_ReportsTheFailure_AndChangesNothing()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        using var response = await client.PostAsJsonAsync("/api/documents", new { url = "http://10.0.0.5/internal" });

        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, (int)report["failed"]!);
        Assert.Equal(2, _factory.Store.Count);
    }

    [Fact]
    public async Task UploadingAFile_IngestsItsBytes()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("Talks in Brussels."u8.ToArray()), "file", "brussels.txt" } };

        using var response = await client.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("brussels.txt", Assert.Single(_factory.Ingestion.Inputs));
    }

    [Theory]
    [InlineData("{\"url\": \"file:///etc/passwd\"}")]
    [InlineData("{\"url\": \"not a url\"}")]
    [InlineData("{}")]
    public async Task LoadingSomethingThatIsNotAWebAddress_Gets400(string body)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        using var response = await client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Removing_NeedsTheKey_AndAnswers204Then404()
    {
        var client = _factory.CreateClient();
        using var withoutKey = await client.DeleteAsync("/api/documents/000_2028b9ba857662b1");
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        using var removed = await client.DeleteAsync("/api/documents/000_2028b9ba857662b1");
        using var again = await client.DeleteAsync("/api/documents/000_2028b9ba857662b1");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Healthz_ReportsTheStore()
    {
        var health = await _factory.CreateClient().GetFromJsonAsync<JsonObject>("/healthz");

        Assert.Equal("ok", (string?)health!["status"]);
        Assert.Equal(2, (int)health["documents"]!);
    }

    [Fact]
    public async Task Healthz_Answers503_WhenTheStoreIsDown()
    {
        _factory.Store.Unavailable = true;

        using var response = await _factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task TheHomePage_IsTheWebChatPage()
    {
        var html = await _factory.CreateClient().GetStringAsync("/");

        Assert.Contains("/js/app.js", html, StringComparison.Ordinal);
        Assert.Contains("Where did Cho Hyun meet Kaja Kallas?", html, StringComparison.Ordinal);
    }
}
