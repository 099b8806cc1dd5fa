using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class ParentheticalNamesTests
{
    [Fact]
    public void Find_TakesAsManyHangulWordsAsTheOriginalHas()
    {
        var pairs = ParentheticalNames.Find("조현 장관은 이날 카야 칼라스(Kaja Kallas) 고위대표와 북해어업기구(NSFO) 문제를 논의했다.");

        Assert.Equal([new NamePair("카야 칼라스", "Kaja Kallas"), new NamePair("북해어업기구", "NSFO")], pairs);
    }

    [Theory]
    [InlineData("그는 3일(현지시간) 도착했다.")]
    [InlineData("가수 김모(40)씨가 말했다.")]
    [InlineData("회담(summit)은 열리지 않았다.")]
    [InlineData("대표(K)가 참석했다.")]
    public void Find_IgnoresParenthesesThatHoldNoName(string text)
    {
        Assert.Empty(ParentheticalNames.Find(text));
    }
}
