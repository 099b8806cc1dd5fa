using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.DirectLine;

/// <summary>A model-written answer in a Direct Line conversation, as Web Chat 4.18 livestreams it (spec §5.1).</summary>
[Collection(ModelBackedServerCollection.Name)]
public sealed class DirectLineStreamingTests(ModelBackedServer server)
{
    private const string Question = "조현 장관은 어디에서 칼라스 고위대표를 만났나?";
    private const string Answer = "조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].";

    [Fact]
    public async Task AModelAnswer_ArrivesAsTypingUpdatesThenTheFinalMessage_InOrder_UnderTheWatermark()
    {
        server.ScriptModel().ChatStream(["조현 장관은 ", "브뤼셀에서 ", "칼라스 고위대표와 만났다 [1]."]);
        using var client = server.CreateClient();
        var (conversationId, token) = await DirectLineTests.StartAsync(client);
        var (_, watermark) = await ReadUntilAsync(client, conversationId, token, "0", all => all.Count > 0); // the welcome

        using var posted = await DirectLineTests.Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new JsonObject { ["type"] = "message", ["text"] = Question });
        var echoId = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var (activities, last) = await ReadUntilAsync(client, conversationId, token, watermark,
            all => all.Any(a => (string?)a["type"] == "message" && (string?)a["replyToId"] == echoId));

        Assert.Equal(["message", "typing", "typing", "typing", "typing", "message"], activities.Select(a => (string?)a["type"]));
        Assert.Equal(echoId, (string?)activities[0]["id"]);
        var sequences = activities.Select(DirectLineTests.Sequence).ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], activities.Count).Select(n => (long)n), sequences);
        Assert.Equal(sequences[^1].ToString(System.Globalization.CultureInfo.InvariantCulture), last);

        var informative = activities[1];
        var streamId = (string)informative["id"]!;
        Assert.Equal("불러온 기사에서 찾고 있습니다…", (string?)informative["text"]);
        Assert.Equal("informative", (string?)informative["channelData"]!["streamType"]);
        Assert.Equal(1, (int)informative["channelData"]!["streamSequence"]!);
        Assert.Null(informative["channelData"]!["streamId"]);

        var updates = activities.Skip(2).Take(3).ToList();
        Assert.Equal(["조현 장관은", "조현 장관은 브뤼셀에서", Answer], updates.Select(a => (string?)a["text"]));
        Assert.Equal([2, 3, 4], updates.Select(a => (int)a["channelData"]!["streamSequence"]!));
        Assert.All(updates, a =>
        {
            Assert.Equal("streaming", (string?)a["channelData"]!["streamType"]);
            Assert.Equal(streamId, (string?)a["channelData"]!["streamId"]);
            Assert.Equal("bot", (string?)a["from"]!["role"]);
        });

        var final = activities[5];
        Assert.Equal("final", (string?)final["channelData"]!["streamType"]);
        Assert.Equal(streamId, (string?)final["channelData"]!["streamId"]);
        Assert.Null(final["channelData"]!["streamSequence"]);
        Assert.StartsWith(Answer + "\n\n[1]: ", (string?)final["text"], StringComparison.Ordinal);
        var message = Assert.Single(final["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Equal(1, (int)Assert.Single(message["citation"]!.AsArray())!["position"]!);
    }

    /// <summary>Polls from the watermark as a client does, until <paramref name="done"/>; every answer's watermark is its last activity.</summary>
    private static async Task<(List<JsonObject> Activities, string Watermark)> ReadUntilAsync(
        HttpClient client, string conversationId, string token, string watermark, Func<List<JsonObject>, bool> done)
    {
        var seen = new List<JsonObject>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (activities, next) = await DirectLineTests.GetActivitiesAsync(client, conversationId, token, watermark);
            if (activities.Count > 0)
            {
                Assert.Equal(DirectLineTests.Sequence(activities[^1]).ToString(System.Globalization.CultureInfo.InvariantCulture), next);
            }

            seen.AddRange(activities);
            watermark = next;
            if (done(seen))
            {
                return (seen, watermark);
            }
        }

        throw new TimeoutException("the expected activities did not arrive");
    }
}
