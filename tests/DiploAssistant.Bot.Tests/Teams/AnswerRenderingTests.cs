using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Tests.Teams;

public sealed class AnswerRenderingTests
{
    [Fact]
    public void MentionStripper_RemovesTheBotsMention_AndUnwrapsOthers()
    {
        var activity = new Activity
        {
            Text = "<at>DiploAssistant</at> did <at>Minji</at> ask about 조현?",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                new JsonObject { ["type"] = "mention", ["text"] = "<at>DiploAssistant</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot" } },
                new JsonObject { ["type"] = "mention", ["text"] = "<at>Minji</at>", ["mentioned"] = new JsonObject { ["id"] = "29:minji" } },
            ],
        };

        Assert.Equal("did Minji ask about 조현?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void TextLimits_CutsOnACharacterBoundary_WithAnEllipsis()
    {
        var cut = TextLimits.Truncate(new string('가', 200), 80);

        Assert.Equal(80, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void ACitationWithoutAWebAddress_OpensAPreviewCardInTeams()
    {
        var reply = AnswerReplyFactory.Create(Inbound("msteams"), AnswerCiting(url: null, uri: "data/local.txt"));

        var appearance = reply.Entities![0]["citation"]![0]!["appearance"]!;
        Assert.Null(appearance["url"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)appearance["encodingFormat"]);
        var card = JsonNode.Parse((string)appearance["text"]!)!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("The answer [1].", reply.Text);
    }

    [Fact]
    public void ACitationWithoutAWebAddress_GetsACiteDefinitionInWebChat()
    {
        var reply = AnswerReplyFactory.Create(Inbound("directline"), AnswerCiting(url: null, uri: "data/local.txt"));

        Assert.Equal("The answer [1].\n\n[1]: cite:1 \"A 'quoted' title\"", reply.Text);
        Assert.Equal("Supporting sentence.", (string?)reply.Entities![0]["citation"]![0]!["appearance"]!["text"]);
    }

    [Fact]
    public void ALoadedFromUrl_IsUsedAsTheLink_WhenTheArticleHasNoUrlOfItsOwn()
    {
        var reply = AnswerReplyFactory.Create(Inbound("msteams"), AnswerCiting(url: null, uri: "https://news.example.test/a"));

        Assert.Equal("https://news.example.test/a", (string?)reply.Entities![0]["citation"]![0]!["appearance"]!["url"]);
    }

    [Fact]
    public void AtMostTwentyCitations_AreSent()
    {
        var citations = Enumerable.Range(1, 25).Select(n => new Citation(n, $"d{n}", $"T{n}", null, null, $"u{n}", null, "q", 1)).ToList();
        var text = string.Concat(citations.Select(c => $"S [{c.N}]. "));

        var reply = AnswerReplyFactory.Create(Inbound("msteams"), new Answer("q", true, text, null, citations));

        Assert.Equal(20, reply.Entities![0]["citation"]!.AsArray().Count);
    }

    private static Activity Inbound(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channelId,
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "c" },
    };

    private static Answer AnswerCiting(string? url, string uri) =>
        new("q", true, "The answer [1].", null, [new Citation(1, "d1", "A \"quoted\" title", "Outlet", url, uri, null, "Supporting sentence.", 0.9)]);
}
