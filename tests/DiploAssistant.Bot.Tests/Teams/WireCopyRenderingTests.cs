using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Bot.Tests.Teams;

public sealed class WireCopyRenderingTests
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    public void AReplyCitingAStoryOthersCarried_SaysWhichOutletsAlsoReportedIt(string channelId)
    {
        var reply = AnswerReplyFactory.Create(Inbound(channelId), AnswerWithCopies());

        Assert.StartsWith("The answer [1].\n\n[1] also reported by 2 outlets: 뉴시스, KBS", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTeamsClaim_CountsTheOtherOutletsInItsKeywords()
    {
        var reply = AnswerReplyFactory.Create(Inbound("msteams"), AnswerWithCopies());

        var keywords = reply.Entities![0]["citation"]![0]!["appearance"]!["keywords"]!.AsArray().Select(k => (string?)k);
        Assert.Equal(["연합뉴스", "2026-02-11", "+2 outlets"], keywords);
    }

    [Fact]
    public void AReplyCitingAStoryNoOneElseCarried_HasNoSuchLine()
    {
        var answer = AnswerWithCopies();
        var alone = answer with { Citations = [answer.Citations[0] with { AlsoReportedBy = [] }] };

        var reply = AnswerReplyFactory.Create(Inbound("msteams"), alone);

        Assert.Equal("The answer [1].", reply.Text);
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

    private static Answer AnswerWithCopies() =>
        new("q", true, "The answer [1].", null,
        [
            new Citation(1, "yna-1", "조현 외교장관, 브뤼셀서 회담", "연합뉴스", "https://example.org/yna-1", "dump:1", "2026-02-11", "Supporting sentence.", 0.9)
            {
                AlsoReportedBy =
                [
                    new AlsoReported("newsis-1", "조현 장관, 브뤼셀에서 회담", "뉴시스", null, "2026-02-12"),
                    new AlsoReported("kbs-1", "조현 외교장관 브뤼셀 회담", "KBS", null, "2026-02-12"),
                    new AlsoReported("yna-2", "조현 외교장관 회담(종합)", "연합뉴스", null, "2026-02-12"),
                ],
            },
        ]);
}
