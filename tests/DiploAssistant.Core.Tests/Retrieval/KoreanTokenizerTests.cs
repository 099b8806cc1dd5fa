using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Retrieval;

public sealed class KoreanTokenizerTests
{
    private readonly KoreanTokenizer _tokenizer = new();

    [Theory]
    [InlineData("조현이 말했다")]
    [InlineData("조현과 칼라스")]
    [InlineData("조현 장관")]
    public void AKoreanNameInTheQuery_IsATermOfInflectedWordsInDocuments(string document)
    {
        var query = _tokenizer.TokenizeQuery("조현");

        Assert.Contains(Assert.Single(query), _tokenizer.TokenizeDocument(document));
    }

    [Fact]
    public void HangulWords_BecomeBigramsAndTheStemWithoutItsParticle()
    {
        var terms = _tokenizer.TokenizeDocument("외교부에서");

        Assert.Equal(["외교", "교부", "부에", "에서", "외교부"], terms);
    }

    [Fact]
    public void EnglishWords_AreLowerCasedWithoutPluralsOrPossessives()
    {
        var document = _tokenizer.TokenizeDocument("Foreign Ministers held TALKS with Kallas's team.");

        Assert.Equal(["foreign", "minister", "held", "talk", "with", "kalla", "team"], document.Where(t => !t.StartsWith("xh", StringComparison.Ordinal)));
        Assert.Equal(["minister", "talk"], _tokenizer.TokenizeQuery("Who were the ministers in the talks?"));
    }

    [Fact]
    public void LatinDocumentWords_AlsoIndexTheirSound_SoAKoreanSpellingFindsThem()
    {
        var document = _tokenizer.TokenizeDocument("Kallas met Gordon");

        Assert.Contains(PhoneticTerm.ForHangul("칼라스"), document);
        Assert.Contains(PhoneticTerm.ForHangul("고든"), document);
        Assert.DoesNotContain(_tokenizer.TokenizeQuery("Kallas met Gordon"), t => t.StartsWith("xh", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersAreKept_AndPunctuationDropped()
    {
        Assert.Equal(["2026", "02", "11", "일"], _tokenizer.TokenizeDocument("2026/02/11일!"));
    }

    [Fact]
    public void Hanja_BecomeSingleCharacters()
    {
        Assert.Equal(["外", "交", "部"], _tokenizer.TokenizeDocument("外交部"));
    }

    [Fact]
    public void FullWidthAndCompatibilityForms_AreNormalised()
    {
        Assert.Equal(["abc", "123"], _tokenizer.TokenizeDocument("ＡＢＣ １２３"));
    }

    [Fact]
    public void Queries_DropQuestionWords()
    {
        var terms = _tokenizer.TokenizeQuery("조현 장관은 누구와 어디에서 만났나?");

        Assert.DoesNotContain("누구", terms);
        Assert.DoesNotContain("어디", terms);
        Assert.Contains("조현", terms);
        Assert.Contains("장관", terms);
    }
}
