using DiploAssistant.Core.Analysis.Events;

namespace DiploAssistant.Core.Tests.Analysis.Events;

public sealed class EventDateTests
{
    private static readonly DateOnly Published = new(2026, 3, 12);

    [Theory]
    [InlineData("양측은 지난달 25일 회담했다.", "2026-02-25")]
    [InlineData("장관은 3일(현지시간) 기자회견을 했다.", "2026-03-03")]
    [InlineData("회의는 2025년 11월 4일 열렸다.", "2025-11-04")]
    [InlineData("사진은 2025.10.30. 촬영됐다.", "2025-10-30")]
    [InlineData("The ministers met last Tuesday in Ottawa.", "2026-03-10")]
    [InlineData("The treaty was signed on 3 February 2024.", "2024-02-03")]
    public void Find_GivesTheFirstDayTheSentenceNames(string sentence, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EventDate.Find(sentence, Published));

    [Theory]
    [InlineData("양국은 올해 협력을 넓히기로 했다.")]
    [InlineData("The two sides will meet again next month.")]
    public void Find_GivesNoDay_ForAWeekMonthOrYear(string sentence) => Assert.Null(EventDate.Find(sentence, Published));

    [Fact]
    public void Find_CannotResolveARelativeDay_WithoutTheArticlesDate() => Assert.Null(EventDate.Find("장관은 3일 회담했다.", null));
}
