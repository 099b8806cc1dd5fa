using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class NameLexiconTests
{
    private readonly NameLexicon _lexicon = new();

    public NameLexiconTests()
    {
        _lexicon.LearnFrom("이날 회의에는 카야 칼라스(Kaja Kallas) 고위대표와 북해어업기구(NSFO) 대표가 참석했다.");
    }

    [Fact]
    public void KoreanFor_GivesTheKoreanForm_OfANameLearnedFromItsParenthesisedOriginal()
    {
        Assert.Equal(["북해어업기구"], _lexicon.KoreanFor("Where will the NSFO meet next year?"));
        Assert.Equal(["카야 칼라스"], _lexicon.KoreanFor("What did Kallas say?"));
    }

    [Fact]
    public void LatinFor_GivesTheOriginal_OfAKoreanNameLearnedFromAnArticle()
    {
        Assert.Equal(["Kaja Kallas"], _lexicon.LatinFor("칼라스 대표는 무엇을 말했나?"));
    }

    [Fact]
    public void KoreanFor_MatchesWholeWordsOnly()
    {
        Assert.Empty(_lexicon.KoreanFor("The nsfoo report"));
        Assert.Empty(new NameLexicon().KoreanFor("What did Kallas say?"));
    }

    [Fact]
    public void LatinFor_GivesTheOriginals_InTheOrdinalOrderOfTheirKoreanForms_NotInHashOrder()
    {
        var lexicon = new NameLexicon();
        string[] names = ["Rafael Grossi", "Antonio Guterres", "Kaja Kallas", "Marco Rubio", "Annalena Baerbock", "Penny Wong", "Wang Yi"];
        string[] korean = ["라파엘 그로시", "안토니우 구테흐스", "카야 칼라스", "마코 루비오", "안나레나 베어보크", "페니 웡", "왕이 부장"];
        for (var i = names.Length - 1; i >= 0; i--)
        {
            lexicon.LearnFrom($"이날 {korean[i]}({names[i]}) 등이 참석했다.");
        }

        var found = lexicon.LatinFor(string.Join(", ", korean) + " 등이 만났다.");

        var expected = korean.Zip(names).OrderBy(pair => pair.First, StringComparer.Ordinal).Select(pair => pair.Second);
        Assert.Equal(expected, found);
    }
}
