using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>"This week", "이번 주", "this year": a question about the time it is asked in reaches back from its as-of date.</summary>
public sealed class TimeOfAskingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("Which automaker recalled 2.9 million vehicles this week?", "2022-06-09")]
    [InlineData("이번 주 한·캐나다 회담에서 무엇에 합의했나?", "2022-06-09")]
    [InlineData("Who resigned last week?", "2022-06-02")]
    [InlineData("What did NATO announce this month?", "2022-05-16")]
    [InlineData("Which two leaders met earlier this year?", "2022-01-01")]
    public void AQuestionAboutTheTimeOfAsking_ReachesBackFromItsAsOfDate(string question, string from)
    {
        var scope = TimeOfAsking.Scope(question, new SearchFilters(AsOf: new DateOnly(2022, 6, 16)), Today);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), scope.From);
        Assert.Equal(new DateOnly(2022, 6, 16), scope.AsOf);
    }

    [Fact]
    public void WithoutAnAsOfDate_TheWeekEndsToday()
    {
        var scope = TimeOfAsking.Scope("What did Korea and NATO agree on this week?", SearchFilters.None, Today);

        Assert.Equal(new DateOnly(2026, 11, 30), scope.From);
    }

    [Fact]
    public void AQuestionThatSaysNoTimeOfAsking_OrHasItsOwnStart_KeepsItsScope()
    {
        var own = new SearchFilters(From: new DateOnly(2025, 1, 1));

        Assert.Same(SearchFilters.None, TimeOfAsking.Scope("Where did Cho Hyun meet Kaja Kallas?", SearchFilters.None, Today));
        Assert.Same(SearchFilters.None, TimeOfAsking.Scope("2003년 말 여러 매체가 올해의 책으로 선택한 이 책은 무엇인가?", SearchFilters.None, Today));
        Assert.Same(own, TimeOfAsking.Scope("What happened this week?", own, Today));
    }
}
