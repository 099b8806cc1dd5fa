using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Tests.Answering.Orchestration;
using DiploAssistant.Core.Tests.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class QuestionRewriterTests
{
    private static readonly ConversationTurn TwoPlusTwo = new(
        "한미 2+2 장관회의는 어디서 열렸나?", "한미 2+2 장관회의는 어디서 열렸나?", "워싱턴에서 열렸다 [1].", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task RewriteAsync_LeavesAQuestionAlone_WithoutHistory()
    {
        var rewritten = await Offline().RewriteAsync("그 회의에서 무엇에 합의했나?", [], CancellationToken.None);

        Assert.Equal("그 회의에서 무엇에 합의했나?", rewritten);
    }

    [Fact]
    public async Task RewriteAsync_CarriesThePreviousNamesOver_WhenAKoreanFollowUpRefersBack()
    {
        var rewritten = await Offline().RewriteAsync("그 회의에서 무엇에 합의했나?", [TwoPlusTwo], CancellationToken.None);

        Assert.StartsWith("그 회의에서 무엇에 합의했나? (", rewritten, StringComparison.Ordinal);
        Assert.Contains("한미", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_CarriesThePreviousNamesOver_WhenAnEnglishFollowUpRefersBack()
    {
        var previous = new ConversationTurn("Where did Cho Hyun meet Kaja Kallas?", "Where did Cho Hyun meet Kaja Kallas?", "In Brussels [1].", DateTimeOffset.UnixEpoch);

        var rewritten = await Offline().RewriteAsync("What did they agree on?", [previous], CancellationToken.None);

        Assert.Equal("What did they agree on? (Cho Hyun, Kaja Kallas)", rewritten);
    }

    [Fact]
    public async Task RewriteAsync_KeepsAStandaloneFollowUp_ThatNamesItsOwnSubject()
    {
        var rewritten = await Offline().RewriteAsync("Where did Lee Jae-myung meet Emmanuel Macron?",
            [new ConversationTurn("Who is Cho Hyun?", "Who is Cho Hyun?", "A minister [1].", DateTimeOffset.UnixEpoch)], CancellationToken.None);

        Assert.Equal("Where did Lee Jae-myung meet Emmanuel Macron?", rewritten);
    }

    [Fact]
    public async Task RewriteAsync_AsksTheModelWithTheHistoryAndFollowUp_WhenOneIsConfigured()
    {
        var chat = new FakeChatClient("한미 2+2 장관회의에서 무엇에 합의했나?");
        var rewriter = new QuestionRewriter(NullLogger<QuestionRewriter>.Instance, ModelPrompts.Rewriter(chat));

        var rewritten = await rewriter.RewriteAsync("그 회의에서 무엇에 합의했나?", [TwoPlusTwo], CancellationToken.None);

        Assert.Equal("한미 2+2 장관회의에서 무엇에 합의했나?", rewritten);
        var user = Assert.Single(chat.Prompts)[^1].Text;
        Assert.Contains("Q: 한미 2+2 장관회의는 어디서 열렸나?\nA: 워싱턴에서 열렸다 .", user, StringComparison.Ordinal);
        Assert.EndsWith("Follow-up question: 그 회의에서 무엇에 합의했나?", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_RewritesOffline_WhenTheModelIsUnreachable()
    {
        var chat = new FakeChatClient("unused") { Unavailable = true };
        var rewriter = new QuestionRewriter(NullLogger<QuestionRewriter>.Instance, ModelPrompts.Rewriter(chat));

        var rewritten = await rewriter.RewriteAsync("그 회의에서 무엇에 합의했나?", [TwoPlusTwo], CancellationToken.None);

        Assert.Equal(QuestionRewriter.RewriteOffline("그 회의에서 무엇에 합의했나?", [TwoPlusTwo]), rewritten);
    }

    private static QuestionRewriter Offline() => new(NullLogger<QuestionRewriter>.Instance);
}
