using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Tests.Teams;

/// <summary>An article's text quoted in an answer reaches Teams and Web Chat as text: nothing in it can become a tag or a link.</summary>
public sealed partial class HostileArticleRenderingTests
{
    private const string Hostile =
        "Talks resumed in Geneva [1]. <script>window.pwned=1</script> <img src=x onerror=\"window.pwned=1\"> "
        + "Read [more](javascript:alert(1)) and ![pixel](https://evil.example.test/p.png) or <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">here</a>. "
        + "\\[escaped](javascript:alert(4)) [1](javascript:alert(5)) <javascript:alert(6)>\n[1]: javascript:alert(7) \"hijack\"";

    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    [InlineData("webchat")]
    public void TheReplyText_KeepsNoTagAndNoLink_FromTheArticle(string channelId)
    {
        var reply = AnswerReplyFactory.Create(Inbound(channelId), HostileAnswer(url: "https://news.example.test/geneva"));
        var body = BodyOf(reply.Text!, channelId);

        Assert.DoesNotContain('<', body);
        Assert.DoesNotContain('>', body);
        Assert.Empty(LiveLinkOpeners().Matches(body)); // "[" or "](" that markdown could still read as a link
        Assert.Contains("&lt;script&gt;window.pwned=1&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("Talks resumed in Geneva [1].", body, StringComparison.Ordinal); // the citation marker stays live
        Assert.DoesNotMatch(@"(?m)^\[1\]:", body); // no definition of [1] but ours
    }

    [Fact]
    public void WebChat_GetsOnlyOurDefinition_WithAnHttpTarget_AndATitleWithoutMarkup()
    {
        var reply = AnswerReplyFactory.Create(Inbound("directline"), HostileAnswer(url: "https://news.example.test/geneva", title: "Talks\n[2]: javascript:alert(8) <b>x</b>"));

        var definitions = Regex.Matches(reply.Text!, @"(?m)^\[\d+\]:.*$").Select(m => m.Value).ToList();

        var definition = Assert.Single(definitions);
        Assert.StartsWith("[1]: https://news.example.test/geneva \"", definition, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", definition, StringComparison.Ordinal);
    }

    [Fact]
    public void WebChatsCitationModal_GetsTheQuoteEscaped()
    {
        var reply = AnswerReplyFactory.Create(Inbound("directline"), HostileAnswer(url: null));

        var text = (string)reply.Entities![0]["citation"]![0]!["appearance"]!["text"]!;

        Assert.DoesNotContain('<', text);
        Assert.Empty(LiveLinkOpeners().Matches(text));
        Assert.Contains("&lt;img src=x onerror=\"window.pwned=1\"&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamsCitation_NameAbstractKeywordsAndPreviewCard_CarryNoTagsOrLinks()
    {
        var reply = AnswerReplyFactory.Create(Inbound("msteams"), HostileAnswer(url: null, title: "<img src=x onerror=alert(1)>Geneva talks", source: "<script>x</script>Outlet"));
        var appearance = reply.Entities![0]["citation"]![0]!["appearance"]!;
        var card = JsonNode.Parse((string)appearance["text"]!)!;
        var cardTexts = card["body"]!.AsArray().Select(block => (string)block!["text"]!).ToList();

        string[] fields = [(string)appearance["name"]!, (string)appearance["abstract"]!, .. appearance["keywords"]!.AsArray().Select(k => (string)k!), .. cardTexts];

        Assert.All(fields, field =>
        {
            Assert.DoesNotContain('<', field);
            Assert.DoesNotContain('>', field);
            Assert.DoesNotContain("](", field, StringComparison.Ordinal);
        });
        Assert.Equal("xOutlet, 2026-01-02 — Geneva talks", (string)appearance["name"]!);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    public void ACitationStoredWithAPasswordInItsUrl_OrAnAbsoluteServerPath_ShowsNeither(string channelId)
    {
        var stored = new Citation(1, "d1", "Geneva talks", "Outlet", "https://editor:Sup3rPw@news.example.test/geneva", "/srv/private/geneva.txt", "2026-01-02", "Talks resumed in Geneva.", 0.9);
        var reply = AnswerReplyFactory.Create(Inbound(channelId), new Answer("q", true, "Talks resumed in Geneva [1].", null, [stored]));

        var shown = reply.Text + reply.Entities![0].ToJsonString();

        Assert.DoesNotContain("Sup3rPw", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/private", shown, StringComparison.Ordinal);
        Assert.Contains("https://news.example.test/geneva", shown, StringComparison.Ordinal);
    }

    private static string BodyOf(string text, string channelId) =>
        channelId == "msteams" ? text : Regex.Replace(text, @"\n\n(\[\d+\]: [^\n]*\n?)+$", string.Empty);

    // An unescaped "[" that is not a citation marker, or a marker followed by "(" or ":".
    [GeneratedRegex(@"(?<!\\)\[(?!\d{1,3}\](?![(:]))")]
    private static partial Regex LiveLinkOpeners();

    private static Answer HostileAnswer(string? url, string title = "Geneva talks", string source = "Outlet") =>
        new("q", true, Hostile, null, [new Citation(1, "d1", title, source, url, "data/hostile.txt", "2026-01-02", Hostile, 0.9)]);

    private static Activity Inbound(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channelId,
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "c" },
    };
}
