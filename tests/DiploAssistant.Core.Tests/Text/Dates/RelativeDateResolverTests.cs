using DiploAssistant.Core.Text.Dates;

namespace DiploAssistant.Core.Tests.Text.Dates;

public sealed class RelativeDateResolverTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2026, 2, 11);

    [Theory]
    [InlineData("양측은 이날 회담을 가졌다.", "이날", "2026-02-11")]
    [InlineData("장관은 10일(현지시간) 회견에서 말했다.", "10일", "2026-02-10")]
    [InlineData("장관은 11일(현지시각) 도착했다.", "11일", "2026-02-11")]
    [InlineData("회의는 28일 열렸다.", "28일", "2026-01-28")]
    [InlineData("회의는 12일 열린다.", "12일", "2026-02-12")]
    [InlineData("두 장관은 지난달 25일 통화했다.", "지난달 25일", "2026-01-25")]
    [InlineData("두 장관은 지난 10일 통화했다.", "지난 10일", "2026-02-10")]
    [InlineData("두 장관은 지난 20일 통화했다.", "지난 20일", "2026-01-20")]
    [InlineData("회의는 오는 5일 열린다.", "오는 5일", "2026-03-05")]
    [InlineData("회의는 오는 20일 열린다.", "오는 20일", "2026-02-20")]
    [InlineData("회의는 내달 3일 열린다.", "내달 3일", "2026-03-03")]
    [InlineData("회의는 다음 달 3일 열린다.", "다음 달 3일", "2026-03-03")]
    [InlineData("장관은 어제 출국했다.", "어제", "2026-02-10")]
    [InlineData("장관은 지난주 금요일 출국했다.", "지난주 금요일", "2026-02-06")]
    [InlineData("회담은 3월 2일 열린다.", "3월 2일", "2026-03-02")]
    [InlineData("회담은 지난해 10월 5일 열렸다.", "지난해 10월 5일", "2025-10-05")]
    public void Resolve_GivesTheDay_OfAKoreanRelativeDate(string sentence, string expression, string expected)
    {
        var date = Assert.Single(RelativeDateResolver.Resolve(sentence, Published));

        Assert.Equal(expression, sentence.Substring(date.Start, date.Length));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData("He left yesterday.", "yesterday", "2026-02-10")]
    [InlineData("They met on Monday in Brussels.", "on Monday", "2026-02-09")]
    [InlineData("They met last Tuesday.", "last Tuesday", "2026-02-10")]
    [InlineData("They met on Wednesday.", "on Wednesday", "2026-02-11")]
    [InlineData("The ministers will meet on Monday.", "on Monday", "2026-02-16")]
    [InlineData("They will meet next Friday.", "next Friday", "2026-02-13")]
    [InlineData("The minister said Thursday that talks would resume.", "Thursday", "2026-02-05")]
    [InlineData("The summit opens February 14 in Munich.", "February 14", "2026-02-14")]
    [InlineData("The talks began on 30 December.", "30 December", "2025-12-30")]
    [InlineData("Today, the envoys signed it.", "Today", "2026-02-11")]
    public void Resolve_GivesTheDay_OfAnEnglishRelativeDate(string sentence, string expression, string expected)
    {
        var date = Assert.Single(RelativeDateResolver.Resolve(sentence, Published));

        Assert.Equal(expression, sentence.Substring(date.Start, date.Length));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("회의는 내달 열린다.", "내달", "Month", "2026-03-01")]
    [InlineData("회의는 지난달 열렸다.", "지난달", "Month", "2026-01-01")]
    [InlineData("장관은 이번 주 방한한다.", "이번 주", "Week", "2026-02-09")]
    [InlineData("장관은 지난주 방한했다.", "지난주", "Week", "2026-02-02")]
    [InlineData("올해 회의는 서울에서 열린다.", "올해", "Year", "2026-01-01")]
    [InlineData("The envoys meet this week.", "this week", "Week", "2026-02-09")]
    [InlineData("They met last month.", "last month", "Month", "2026-01-01")]
    [InlineData("The pact expires next year.", "next year", "Year", "2027-01-01")]
    public void Resolve_GivesTheSpan_OfAWeekMonthOrYear(string sentence, string expression, string precision, string expected)
    {
        var date = Assert.Single(RelativeDateResolver.Resolve(sentence, Published));

        Assert.Equal(expression, sentence.Substring(date.Start, date.Length));
        Assert.Equal(Enum.Parse<DatePrecision>(precision), date.Precision);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("회의는 2026년 2월 11일 열렸다.")]
    [InlineData("회의는 2026년 3월 열린다.")]
    [InlineData("협상은 3일간 이어졌다.")]
    [InlineData("협상은 10일째 이어지고 있다.")]
    [InlineData("합의는 30일 이내에 발효된다.")]
    [InlineData("The talks ended on 3 February 2026.")]
    [InlineData("The talks ended on February 3, 2026.")]
    [InlineData("Monday's talks were cancelled.")]
    [InlineData("오늘날 외교는 복잡하다.")]
    [InlineData("The ministers met in Brussels.")]
    public void Resolve_FindsNothing_WhenTheDateIsWrittenInFullOrIsNoDate(string sentence)
    {
        Assert.Empty(RelativeDateResolver.Resolve(sentence, Published));
    }

    [Fact]
    public void Resolve_FindsEveryDate_InTextOrder()
    {
        var dates = RelativeDateResolver.Resolve("장관은 이날 도착해 지난달 25일 합의를 점검하고 내달 3일 귀국한다.", Published);

        Assert.Equal([new DateOnly(2026, 2, 11), new DateOnly(2026, 1, 25), new DateOnly(2026, 3, 3)], dates.Select(d => d.Date));
    }

    [Fact]
    public void Resolve_TakesTheMonthBefore_WhenTheArticleIsEarlyInTheMonth()
    {
        var date = Assert.Single(RelativeDateResolver.Resolve("회담은 28일(현지시간) 열렸다.", new DateOnly(2026, 3, 2)));

        Assert.Equal(new DateOnly(2026, 2, 28), date.Date);
    }

    [Fact]
    public void Resolve_TakesNextYear_ForAnEarlyMonthInALateArticle()
    {
        var date = Assert.Single(RelativeDateResolver.Resolve("The summit is on January 5.", new DateOnly(2025, 12, 30)));

        Assert.Equal(new DateOnly(2026, 1, 5), date.Date);
    }
}
