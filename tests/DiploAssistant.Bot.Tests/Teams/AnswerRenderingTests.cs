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

        Assert.Equal("The answer [1].\n\n[1]: cite:1 \"Outlet — A 'quoted' title\"", reply.Text);
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

    [Theory]
    [InlineData("directline")]
    [InlineData("msteams")]
    public void ACitation_IsNamedWithItsOutletAndDate(string channelId)
    {
        var answer = new Answer("q", true, "The answer [1].", null,
            [new Citation(1, "d1", "Talks resume", "뉴시스", "https://news.example.test/a", "https://news.example.test/a", "2026-02-11", "Supporting sentence.", 0.9)]);

        var reply = AnswerReplyFactory.Create(Inbound(channelId), answer);

        Assert.Equal("뉴시스, 2026-02-11 — Talks resume", (string?)reply.Entities![0]["citation"]![0]!["appearance"]!["name"]);
    }

    [Fact]
    public void ALongTitle_IsShortened_SoTheOutletAndDateStay_WithinTeamsLimit()
    {
        var answer = new Answer("q", true, "The answer [1].", null,
            [new Citation(1, "d1", new string('T', 120), "The Korea Herald", null, "data/x.txt", "2021-06-24", "Supporting sentence.", 0.9)]);

        var name = (string)AnswerReplyFactory.Create(Inbound("msteams"), answer).Entities![0]["citation"]![0]!["appearance"]!["name"]!;

        Assert.True(name.Length <= CitationEntityFactory.MaxNameLength, name);
        Assert.StartsWith("The Korea Herald, 2021-06-24 — TTT", name, StringComparison.Ordinal);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("msteams")]
    public void AFileLoadedArticle_LinksThisServersPageOfIt_WithTheQuote(string channelId)
    {
        var server = new Uri("https://diplo.example.test/");

        var reply = AnswerReplyFactory.Create(Inbound(channelId), AnswerCiting(url: null, uri: "/srv/data/local.txt"), server);

        var expected = "https://diplo.example.test/articles/d1?quote=Supporting%20sentence.#quote";
        Assert.Equal(expected, (string?)reply.Entities![0]["citation"]![0]!["appearance"]!["url"]);
        if (channelId == "directline")
        {
            Assert.EndsWith($"[1]: {expected} \"Outlet — A 'quoted' title\"", reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheArticlePageLink_EscapesTheId_AndShortensALongQuote()
    {
        var link = ArticleLink.Page(new Uri("http://127.0.0.1:5000"), "000_abc#2", new string('가', 150) + " " + new string('나', 150));

        Assert.StartsWith("http://127.0.0.1:5000/articles/000_abc%232?quote=", link, StringComparison.Ordinal);
        var quote = Uri.UnescapeDataString(link[(link.IndexOf("quote=", StringComparison.Ordinal) + 6)..link.LastIndexOf('#')]);
        Assert.Equal(new string('가', 150) + "…", quote);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("msteams")]
    public void ADecline_ShowsItsReason(string channelId)
    {
        var answer = Answer.NotAnswered("Who won the 2022 FIFA World Cup?", "The loaded articles don't mention “FIFA World Cup”.", NoAnswerMessages.NotFoundEnglish);

        var reply = AnswerReplyFactory.Create(Inbound(channelId), answer);

        Assert.Equal("The loaded articles don't say.\n\nThe loaded articles don't mention “FIFA World Cup”.", reply.Text);
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
