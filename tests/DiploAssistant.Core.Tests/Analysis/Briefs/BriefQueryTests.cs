using DiploAssistant.Core.Analysis.Briefs;

namespace DiploAssistant.Core.Tests.Analysis.Briefs;

public sealed class BriefQueryTests
{
    [Theory]
    [InlineData("who is 위성락?", "위성락")]
    [InlineData("Who is Kaja Kallas", "Kaja Kallas")]
    [InlineData("위성락은 누구?", "위성락")]
    [InlineData("카야 칼라스 누구야", "카야 칼라스")]
    public void FromChat_ReadsTheName_OfAWhoIsQuestion(string text, string name) =>
        Assert.Equal(name, BriefQuery.FromChat(text));

    [Theory]
    [InlineData("who is the EU's foreign policy chief?")]
    [InlineData("EU 외교안보 고위대표는 누구?")]
    [InlineData("Where did Cho Hyun meet Kaja Kallas?")]
    public void FromChat_LeavesOtherQuestionsToTheAnswerer(string text) =>
        Assert.Null(BriefQuery.FromChat(text));

    [Fact]
    public void Name_IsTheWholeQuery_WhenItAsksNothing() => Assert.Equal("Kaja Kallas", BriefQuery.Name("Kaja Kallas"));
}
