using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class BilingualGlossaryTests
{
    private readonly BilingualGlossary _glossary = BilingualGlossary.Default;

    [Fact]
    public void Default_LoadsSeveralHundredEntries()
    {
        Assert.InRange(_glossary.Entries.Count, 200, 2000);
    }

    [Theory]
    [InlineData("met", "만났")]
    [InlineData("summit", "정상회의")]
    [InlineData("foreign minister", "외교장관")]
    [InlineData("sanctions", "제재")]
    [InlineData("netherlands", "네덜란드")]
    public void ForEnglish_GivesTheKoreanWords(string english, string korean)
    {
        Assert.Contains(_glossary.ForEnglish(english), entry => entry.Korean.Contains(korean));
    }

    [Fact]
    public void FindEnglish_FindsPhrasesAndTheirWords()
    {
        var matches = _glossary.FindEnglish("What did the national security adviser discuss?");

        Assert.Contains(matches, m => m.Phrase == "national security adviser");
        Assert.Contains(matches, m => m.Phrase == "security");
        Assert.Contains(matches, m => m.Phrase == "discuss" && m.Entry.Kind == GlossaryKind.Action);
    }

    [Fact]
    public void FindEnglish_SplitsAnUnknownHyphenatedWord()
    {
        Assert.Equal(["korea", "eu", "dialogue"], _glossary.EnglishWords("Korea-EU dialogue"));
    }

    [Fact]
    public void FindKorean_FindsEveryFormInsideACompound()
    {
        var forms = _glossary.FindKorean("안보국방대화에서").Select(m => m.Form).ToList();

        Assert.Contains("안보", forms);
        Assert.Contains("국방", forms);
        Assert.Contains("대화", forms);
    }

    [Fact]
    public void FindKorean_FindsAOneSyllableFormOnlyAsTheWholeWord()
    {
        Assert.Contains(_glossary.FindKorean("핵을"), m => m.Form == "핵");
        Assert.DoesNotContain(_glossary.FindKorean("핵심"), m => m.Form == "핵");
    }

    [Fact]
    public void Parse_RejectsALineWithoutThreeColumns()
    {
        Assert.Throws<FormatException>(() => BilingualGlossary.Parse(new StringReader("action\tmeet")));
    }
}
