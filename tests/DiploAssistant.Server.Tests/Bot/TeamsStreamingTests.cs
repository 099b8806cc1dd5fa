using System.Net;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Bot;

/// <summary>Teams turns through <c>/api/messages</c> with the real core and a streaming model (spec §4.4).</summary>
[Collection(ModelBackedServerCollection.Name)]
public sealed class TeamsStreamingTests(ModelBackedServer server)
{
    private const string Question = "조현 장관은 어디에서 칼라스 고위대표를 만났나?";
    private static readonly string[] Pieces = ["조현 장관은 ", "브뤼셀에서 ", "칼라스 고위대표와 만났다 [1]."];

    [Fact]
    public async Task APersonalChat_SeesTheAnswerGrow_ThenGetsTheFinalMessageWithCitations()
    {
        server.ScriptModel().ChatStream(Pieces);

        var sent = await AskAsync("personal");

        Assert.Equal(["typing", "typing", "typing", "typing", "message"], sent.Select(a => (string?)a["type"]));
        Assert.Equal(["informative", "streaming", "streaming", "streaming", "final"], sent.Select(a => (string?)StreamInfo(a)?["streamType"]));
        Assert.Equal([1, 2, 3, 4], sent.Take(4).Select(a => (int)StreamInfo(a)!["streamSequence"]!));
        var streamId = (string?)StreamInfo(sent[1])!["streamId"];
        Assert.StartsWith("sent-", streamId, StringComparison.Ordinal);
        Assert.All(sent.Skip(1), a => Assert.Equal(streamId, (string?)StreamInfo(a)!["streamId"]));
        Assert.All(sent.Skip(1), a => Assert.Equal(streamId, (string?)a["channelData"]!["streamId"]));
        var final = sent[4];
        Assert.Equal("조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].", (string?)final["text"]);
        Assert.Equal("default", (string?)final["channelData"]!["feedbackLoop"]!["type"]);
        var message = Assert.Single(final["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Equal("AIGeneratedContent", (string?)message["additionalType"]![0]);
        Assert.Equal(1, (int)Assert.Single(message["citation"]!.AsArray())!["position"]!);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task AGroupChatOrChannel_GetsTheAnswerAsOneMessage_WithoutStreaming(string conversationType)
    {
        server.ScriptModel().Chat(string.Concat(Pieces));

        var sent = await AskAsync(conversationType);

        var message = Assert.Single(sent, a => (string?)a["type"] == "message");
        Assert.Equal("조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].", (string?)message["text"]);
        Assert.Equal(1, (int)message["entities"]![0]!["citation"]![0]!["position"]!);
        Assert.All(sent, a =>
        {
            Assert.Null(StreamInfo(a));
            Assert.Null(a["channelData"]?["streamType"]);
        });
        Assert.All(sent.Where(a => (string?)a["type"] != "message"), a =>
        {
            Assert.Equal("typing", (string?)a["type"]);
            Assert.Null(a["text"]); // the plain typing indicator
        });
    }

    /// <summary>Posts the question (no expectReplies: replies go to the connector) and returns what the bot sent there.</summary>
    private async Task<List<JsonObject>> AskAsync(string conversationType)
    {
        var conversationId = $"a:{conversationType}-{Guid.NewGuid():N}";
        var inbound = Activities.TeamsMessage(Question, expectReplies: false);
        inbound["conversation"]!["id"] = conversationId;
        inbound["conversation"]!["conversationType"] = conversationType;
        if (conversationType != "personal")
        {
            inbound["conversation"]!["isGroup"] = true;
        }

        using var client = server.CreateClient();
        using var response = await client.PostAsync("api/messages", Activities.Json(inbound));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var sent = server.Connector.Sent.Where(a => a.Conversation?.Id == conversationId).ToList();
            if (sent.Any(a => a.Type == "message"))
            {
                return [.. sent.Select(a => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(a, DiploAssistant.Bot.Activities.ActivityJson.Options))!.AsObject())];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the bot sent no answer");
    }

    private static JsonObject? StreamInfo(JsonObject activity) =>
        activity["entities"]?.AsArray().SingleOrDefault(e => (string?)e!["type"] == "streaminfo")?.AsObject();
}
