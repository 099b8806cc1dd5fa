using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Tests.Text;

public sealed class CharacterNgramsTests
{
    [Theory]
    [InlineData("외교장관", 2, "외교|교장|장관")]
    [InlineData("외교장관", 3, "외교장|교장관")]
    [InlineData("외교", 2, "외교")]
    [InlineData("외", 2, "")]
    [InlineData("", 1, "")]
    public void Of_YieldsEachNgramInOrder_AndNoneForAShorterText(string text, int n, string expected)
    {
        var grams = new List<string>();
        foreach (var gram in CharacterNgrams.Of(text, n))
        {
            grams.Add(gram.ToString());
        }

        Assert.Equal(expected, string.Join('|', grams));
    }

    [Fact]
    public void Of_RefusesAnNgramOfNoCharacters()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CharacterNgrams.Of("abc", 0));
    }

    [Fact]
    public void LetterPairs_IgnoreSpacingPunctuationAndCase()
    {
        var pairs = CharacterNgrams.LetterPairs("A-b, 가 나!");

        Assert.Equal(["ab", "b가", "가나"], pairs.Order(StringComparer.Ordinal));
    }
}
