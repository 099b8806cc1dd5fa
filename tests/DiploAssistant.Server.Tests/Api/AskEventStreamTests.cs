using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary><c>POST /api/ask</c> with <c>Accept: text/event-stream</c>, over Kestrel, the real core and a streaming model.</summary>
[Collection(ModelBackedServerCollection.Name)]
public sealed class AskEventStreamTests(ModelBackedServer server)
{
    private const string Question = "조현 장관은 어디에서 칼라스 고위대표를 만났나?";
    private static readonly string[] Pieces = ["조현 장관은 ", "브뤼셀에서 ", "칼라스 고위대표와 만났다 [1]."];

    [Fact]
    public async Task Ask_StreamsTheModelsText_ThenTheAnswerWithItsCitations_ThenCloses()
    {
        server.ScriptModel().ChatStream(Pieces);
        using var client = server.CreateClient();

        using var response = await EventStreamClient.PostAsync(client, new { question = Question });
        var events = await EventStreamClient.ReadAllAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["delta", "delta", "delta", "answer"], events.Select(e => e.Type));
        Assert.Equal(Pieces, events.Take(3).Select(e => (string?)e.Data["text"]));
        var answer = events[3].Data.AsObject();
        Assert.Equal(Question, (string?)answer["question"]);
        Assert.True((bool)answer["answered"]!);
        Assert.Equal("조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].", (string?)answer["answer"]);
        var citation = Assert.Single(answer["citations"]!.AsArray())!;
        Assert.Equal(1, (int)citation["n"]!);
        Assert.Equal("000_2028b9ba857662b1", (string?)citation["documentId"]);
        Assert.Contains("칼라스", (string?)citation["quote"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_GivesTheSameAnswerJson_AsEventsAndAsAPlainResponse()
    {
        server.ScriptModel().ChatStream(Pieces).Chat(string.Concat(Pieces));
        using var client = server.CreateClient();

        using var streamed = await EventStreamClient.PostAsync(client, new { question = Question });
        var fromEvents = (await EventStreamClient.ReadAllAsync(streamed))[^1].Data.AsObject();
        using var plain = await client.PostAsJsonAsync("api/ask", new { question = Question });
        var fromJson = (await plain.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("application/json", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fromJson.ToJsonString(), fromEvents.ToJsonString());
    }

    [Fact]
    public async Task Ask_SendsTheFirstPiece_WhileTheModelIsStillWriting()
    {
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.ScriptModel().ChatStream(Pieces, holdAfterFirst: rest.Task);
        using var client = server.CreateClient();

        using var response = await EventStreamClient.PostAsync(client, new { question = Question });
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using var events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(timeout.Token));
        var first = events.Current;
        rest.SetResult();
        var later = new List<string>();
        while (await events.MoveNextAsync())
        {
            later.Add(events.Current.EventType);
        }

        Assert.Equal("delta", first.EventType);
        Assert.Equal("조현 장관은 ", (string?)JsonNode.Parse(first.Data)!["text"]);
        Assert.Equal(["delta", "delta", "answer"], later);
    }
}
