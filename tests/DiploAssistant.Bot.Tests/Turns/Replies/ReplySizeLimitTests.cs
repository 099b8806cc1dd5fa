using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Bot.Turns.Streaming;

namespace DiploAssistant.Bot.Tests.Turns.Replies;

/// <summary>Teams refuses activities over about 100 KB: replies are kept at or under 80 KB, split or shortened.</summary>
public sealed class ReplySizeLimitTests
{
    private const int Limit = 80 * 1024;

    [Fact]
    public void Fit_SplitsALongMessageAtParagraphs_EachPartUnderTheLimit_TheLastKeepingTheCitations()
    {
        var paragraphs = Enumerable.Range(1, 400).Select(i => $"{i}. 조현 장관은 브뤼셀에서 칼라스 고위대표와 만나 안보와 무역 협력을 논의했다 [1].").ToList();
        var reply = Message(string.Join("\n\n", paragraphs));
        Assert.True(ReplySizeLimit.Size(reply) > Limit);

        var parts = ReplySizeLimit.Fit(reply, Limit);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(ReplySizeLimit.Size(p), 1, Limit));
        Assert.Equal(reply.Text, string.Join("\n\n", parts.Select(p => p.Text)));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Entities));
        Assert.Equal("https://schema.org/Message", (string?)Assert.Single(parts[^1].Entities!)["type"]);
        Assert.Equal("default", (string?)parts[^1].ChannelData!["feedbackLoop"]!["type"]);
    }

    [Fact]
    public void Fit_ShortensAStreamedMessage_WhichMustStayOneActivity()
    {
        var reply = Message(new string('가', 60_000));
        StreamInfo.Apply(reply, StreamInfo.Final, "stream-1", sequence: null);

        var part = Assert.Single(ReplySizeLimit.Fit(reply, Limit));

        Assert.InRange(ReplySizeLimit.Size(part), 1, Limit);
        Assert.EndsWith("…", part.Text, StringComparison.Ordinal);
        Assert.Contains(part.Entities!, e => (string?)e["type"] == "streaminfo");
    }

    [Fact]
    public void Fit_LeavesAReplyUnderTheLimitAsItIs()
    {
        var reply = Message("Short [1].");

        Assert.Same(reply, Assert.Single(ReplySizeLimit.Fit(reply, Limit)));
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:1personal" },
        ReplyToId = "inbound-1",
        Entities = [new JsonObject { ["type"] = "https://schema.org/Message", ["citation"] = new JsonArray() }],
        ChannelData = new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } },
    };
}
