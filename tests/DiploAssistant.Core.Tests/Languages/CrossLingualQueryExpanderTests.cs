using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class CrossLingualQueryExpanderTests
{
    private readonly CrossLingualQueryExpander _expander = new();

    [Fact]
    public void Translate_GivesKoreanWords_ForAnEnglishQuestion()
    {
        var translation = _expander.Translate("Why did the president skip the NATO summit?");

        Assert.NotNull(translation);
        Assert.Contains("대통령", translation, StringComparison.Ordinal);
        Assert.Contains("불참", translation, StringComparison.Ordinal);
        Assert.Contains("나토", translation, StringComparison.Ordinal);
        Assert.Contains("정상회의", translation, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_GivesEnglishWords_ForAKoreanQuestion()
    {
        var translation = _expander.Translate("한국과 네덜란드는 반도체 공급망에 대해 무엇을 논의했나?");

        Assert.NotNull(translation);
        Assert.Contains("netherlands", translation, StringComparison.Ordinal);
        Assert.Contains("semiconductor", translation, StringComparison.Ordinal);
        Assert.Contains("supply chain", translation, StringComparison.Ordinal);
        Assert.Contains("discuss", translation, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_TranslatesAPhraseOnce_NotAlsoItsWords()
    {
        var translation = _expander.Translate("Who is the foreign minister?");

        Assert.Contains("외교장관", translation, StringComparison.Ordinal);
        Assert.DoesNotContain("방위상", translation, StringComparison.Ordinal); // from "minister" alone
    }

    [Fact]
    public void Translate_ReturnsNull_WhenNothingTranslates()
    {
        Assert.Null(_expander.Translate("who is zyx qwerty?"));
    }

    [Fact]
    public void Translate_AddsThePhoneticTermOfAKoreanName_ForAnEnglishQuestionNamingThePerson()
    {
        var translated = _expander.Translate("Where did Cho Hyun meet Kaja Kallas?");

        Assert.NotNull(translated);
        var terms = translated.Split(' ');
        Assert.Contains(PhoneticTerm.ForHangul("조현"), terms);
        Assert.Contains(PhoneticTerm.ForHangul("칼라스"), terms);
    }

    [Fact]
    public void Translate_AddsTheSoundOfAKoreanWordTheGlossaryDoesNotKnow_ForAKoreanQuestion()
    {
        var translated = _expander.Translate("칼라스는 무엇을 말했나?");

        Assert.NotNull(translated);
        Assert.Contains(PhoneticTerm.ForLatinWord("kallas").First(), translated.Split(' '));
    }

    [Fact]
    public void Translate_AddsTheOtherScriptFormOfALearnedName_InBothDirections()
    {
        var names = new NameLexicon();
        names.LearnFrom("북해어업기구(NSFO)는 할당량을 정했다.");

        Assert.Contains("북해어업기구", _expander.Translate("Where will NSFO meet?", names)!.Split(' '));
        Assert.Contains("NSFO", _expander.Translate("북해어업기구는 어디서 회의를 여나?", names)!.Split(' '));
    }
}
