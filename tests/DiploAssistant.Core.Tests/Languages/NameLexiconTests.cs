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
}
