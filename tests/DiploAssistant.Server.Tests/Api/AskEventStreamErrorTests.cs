using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>How <c>POST /api/ask</c> as server-sent events ends when something goes wrong.</summary>
public sealed class AskEventStreamErrorTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ask_EndsWithAnErrorEvent_AndNoAnswer_WhenAnsweringFailsMidStream()
    {
        using var response = await EventStreamClient.PostAsync(_factory.CreateClient(), new { question = "crash while answering, please" });
        var events = await EventStreamClient.ReadAllAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["delta", "error"], events.Select(e => e.Type));
        Assert.Equal(500, (int)events[1].Data["status"]!);
        Assert.Equal("The answer could not be completed", (string?)events[1].Data["title"]);
    }

    [Fact]
    public async Task Ask_RefusesAnEmptyQuestion_WithProblemDetails_BeforeAnyEvent()
    {
        using var response = await EventStreamClient.PostAsync(_factory.CreateClient(), new { question = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The question is empty", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }

    [Fact]
    public async Task Ask_WithTheFakeCore_StreamsTwoPiecesThenTheAnswer_ThatMatchesTheJsonResponse()
    {
        var client = _factory.CreateClient();

        using var response = await EventStreamClient.PostAsync(client, new { question = "Where did Cho Hyun meet Kaja Kallas?" });
        var events = await EventStreamClient.ReadAllAsync(response);

        Assert.Equal(["delta", "delta", "answer"], events.Select(e => e.Type));
        Assert.Equal(FakeAskService.AnswerText, string.Concat(events.Take(2).Select(e => (string?)e.Data["text"])));
        Assert.Equal(FakeAskService.AnswerText, (string?)events[2].Data["answer"]);
        Assert.Equal(2, events[2].Data["citations"]!.AsArray().Count);
    }
}
