using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Tests.Text.Dates;

public sealed class RelativeDateRewriterTests
{
    private static readonly DateOnly Published = new(2026, 2, 11);

    [Theory]
    [InlineData("장관은 10일(현지시간) 브뤼셀에 도착했다.", "장관은 2026년 2월 10일(현지시간) 브뤼셀에 도착했다.")]
    [InlineData("두 장관은 지난달 25일 통화했다.", "두 장관은 2026년 1월 25일 통화했다.")]
    [InlineData("양측은 이날 회담했다.", "양측은 2026년 2월 11일 회담했다.")]
    [InlineData("후속 회의는 내달 열린다.", "후속 회의는 2026년 3월 열린다.")]
    [InlineData("장관은 이번 주 방한한다.", "장관은 2026년 2월 9~15일 방한한다.")]
    [InlineData("They met last Tuesday in Brussels.", "They met on 10 February 2026 in Brussels.")]
    [InlineData("Yesterday, the envoys met.", "On 10 February 2026, the envoys met.")]
    [InlineData("The envoys meet this week.", "The envoys meet in the week of 9 February 2026.")]
    [InlineData("The summit opens February 14.", "The summit opens 14 February 2026.")]
    [InlineData("The ministers met in Brussels.", "The ministers met in Brussels.")]
    public void Rewrite_WritesRelativeDatesInFull_InTheSentencesLanguage(string sentence, string expected)
    {
        Assert.Equal(expected, RelativeDateRewriter.Rewrite(sentence, Published));
    }

    [Fact]
    public void Rewrite_WritesAWeekAcrossMonths_WithBothMonths()
    {
        Assert.Equal("회의는 2026년 1월 26일~2월 1일 열렸다.", RelativeDateRewriter.Rewrite("회의는 지난주 열렸다.", new DateOnly(2026, 2, 4)));
    }
}
