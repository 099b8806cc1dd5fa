using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DiploAssistant.Server.Tests.Api.Analysis;

public sealed class AnalysisEndpointTests : IDisposable
{
    private readonly AnalysisServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task PostTimeline_ReturnsTheEventsInOrder_InBothLanguages_TheReprintedOneOnceCitingBoth()
    {
        var client = await _server.LoadedClientAsync();

        var timeline = await AnalysisServer.PostAsync(client, "/api/timeline", new { query = "한-캐나다 관계 타임라인" });

        var events = timeline["events"]!.AsArray();
        Assert.Equal(["2026-02-27", "2026-03-10", "2026-03-31"], events.Select(e => (string?)e!["date"]));
        Assert.Equal(2, events[1]!["citations"]!.AsArray().Count);
        Assert.All(events, e => Assert.NotEmpty(e!["citations"]!.AsArray()));
        Assert.Contains("2026년 2월 27일", (string?)events[0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTimeline_KeepsOnlyTheDaysAsked()
    {
        var client = await _server.LoadedClientAsync();

        var timeline = await AnalysisServer.PostAsync(client, "/api/timeline", new { query = "한-캐나다 타임라인", from = "2026-03-01", to = "2026-03-15" });

        Assert.Equal(["2026-03-10"], timeline["events"]!.AsArray().Select(e => (string?)e!["date"]));
    }

    [Fact]
    public async Task PostBrief_ReturnsTheRoleAndTheEvent_EachCited()
    {
        var client = await _server.LoadedClientAsync();

        var brief = await AnalysisServer.PostAsync(client, "/api/brief", new { name = "who is Elena Marsh?" });

        var role = brief["roles"]!.AsArray().Single()!;
        Assert.Equal("Canadian Defence Minister", (string?)role["role"]);
        Assert.Equal("marsh", (string?)role["citations"]![0]!["documentId"]);
        var item = brief["events"]!.AsArray().Single()!;
        Assert.Equal("2026-03-31", (string?)item["date"]);
        Assert.Equal(2, (int?)item["citations"]![0]!["n"]);
    }

    [Theory]
    [InlineData("/api/timeline", "{\"query\": \"  \"}")]
    [InlineData("/api/timeline", "{}")]
    [InlineData("/api/timeline", "{\"query\": \"한-캐나다\", \"from\": \"2026-04-01\", \"to\": \"2026-03-01\"}")]
    [InlineData("/api/timeline", "{\"query\": \"한-캐나다\", \"from\": \"last spring\"}")]
    [InlineData("/api/timeline", "{\"query\": ")]
    [InlineData("/api/brief", "{\"name\": \"\"}")]
    [InlineData("/api/brief", "{\"name\": \"??\"}")]
    [InlineData("/api/brief", "{\"name\": 42}")]
    public async Task ABadRequest_GetsA400ProblemDetails(string path, string body)
    {
        var client = _server.Factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
    }

    [Fact]
    public async Task ATooLongQuery_GetsA400ProblemDetails()
    {
        var client = _server.Factory.CreateClient();

        using var response = await client.PostAsync("/api/timeline", new StringContent(
            new JsonObject { ["query"] = new string('가', 5000) }.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
