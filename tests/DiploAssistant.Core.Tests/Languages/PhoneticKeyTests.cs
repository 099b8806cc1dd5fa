using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("조현", "Cho Hyun")]
    [InlineData("칼라스", "Kallas")]
    [InlineData("카야칼라스", "Kaja Kallas")]
    [InlineData("위성락", "Wi Sung-lac")]
    [InlineData("김상진", "Kim Sang-jin")]
    [InlineData("이재명", "Lee Jae-myung")]
    [InlineData("마르코루비오", "Marco Rubio")]
    [InlineData("마르크뤼터", "Mark Rutte")]
    [InlineData("브뤼셀", "Brussels")]
    [InlineData("네덜란드", "Netherlands")]
    public void Same_MatchesAKoreanNameWithItsEnglishSpelling(string hangul, string latin)
    {
        var hangulKey = PhoneticKey.FromHangul(hangul);

        Assert.Contains(PhoneticKey.FromLatin(latin.Replace(" ", string.Empty, StringComparison.Ordinal)), key => PhoneticKey.Same(hangulKey, key));
    }

    [Theory]
    [InlineData("고든", "Gordon")]
    [InlineData("컴퓨터", "computer")]
    [InlineData("수퍼컴퓨터", "supercomputer")]
    [InlineData("찰스", "Charles")]
    [InlineData("무가베", "Mugabe")]
    public void FromLatinWord_ReadsAnRBeforeAConsonantAsSilent_AsKoreanWritesEnglishWords(string hangul, string latin)
    {
        var hangulKey = PhoneticKey.FromHangul(hangul);

        Assert.Contains(PhoneticKey.FromLatinWord(latin), key => PhoneticKey.Same(hangulKey, key));
    }

    [Theory]
    [InlineData("베를린", "Brussels")]
    [InlineData("조현", "Kallas")]
    [InlineData("시진핑", "Rutte")]
    [InlineData("모스크바", "Tokyo")]
    public void Same_DoesNotMatchDifferentNames(string hangul, string latin)
    {
        var hangulKey = PhoneticKey.FromHangul(hangul);

        Assert.DoesNotContain(PhoneticKey.FromLatin(latin), key => PhoneticKey.Same(hangulKey, key));
    }

    [Fact]
    public void Same_RejectsKeysTooShortToTrust()
    {
        Assert.False(PhoneticKey.Same(PhoneticKey.FromHangul("뤼터"), PhoneticKey.FromLatin("Rutte")[0]));
    }
}
