using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Conversations;

namespace DiploAssistant.Core.Tests.Answering.FollowUps;

public sealed class EllipticalFollowUpTests
{
    [Theory]
    [InlineData("what about the Netherlands?", "the Netherlands")]
    [InlineData("And Japan?", "Japan")]
    [InlineData("How about Peru?", "Peru")]
    [InlineData("그럼 일본은?", "일본")]
    [InlineData("페루는 어때?", "페루")]
    [InlineData("네덜란드와는?", "네덜란드")]
    public void SubjectOf_FindsTheNewSubject_OfAnEllipticalFollowUp(string question, string subject)
    {
        Assert.Equal(subject, EllipticalFollowUp.SubjectOf(question));
    }

    [Theory]
    [InlineData("What did Korea and Japan agree on?")]
    [InlineData("그 회의에서 무엇에 합의했나?")]
    [InlineData("조현 장관은 누구를 만났나?")]
    public void SubjectOf_FindsNothing_InAWholeQuestion(string question)
    {
        Assert.Null(EllipticalFollowUp.SubjectOf(question));
    }

    [Fact]
    public void RewriteOffline_AsksThePreviousQuestionAboutTheNewCountry_InPlaceOfTheOldOne()
    {
        var previous = new ConversationTurn("What did Korea and Japan agree on?", "What did Korea and Japan agree on?", "…", DateTimeOffset.UnixEpoch);

        var rewritten = QuestionRewriter.RewriteOffline("what about the Netherlands?", [previous]);

        Assert.Equal("what about the Netherlands? (What did Korea and Netherlands agree on?)", rewritten);
    }

    [Fact]
    public void RewriteOffline_AsksThePreviousQuestionAboutTheNewPerson_InPlaceOfItsSubject()
    {
        var previous = new ConversationTurn("Who did Anna Berg meet in Oslo?", "Who did Anna Berg meet in Oslo?", "…", DateTimeOffset.UnixEpoch);

        var rewritten = QuestionRewriter.RewriteOffline("And Erik Lund?", [previous]);

        Assert.Equal("And Erik Lund? (Who did Erik Lund meet in Oslo?)", rewritten);
    }

    [Fact]
    public void IsFollowUp_IsFalse_ForASurnameWithATitle()
    {
        Assert.False(FollowUpCues.RefersBack("뤼터 사무총장은 언제 이 대통령과 통화했나?"));
        Assert.True(FollowUpCues.RefersBack("그는 이 회의에서 누구를 만났나?"));
    }
}
