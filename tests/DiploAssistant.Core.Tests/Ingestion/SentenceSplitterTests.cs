using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Tests.Ingestion;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Split_EndsKoreanSentencesAfterDeclarativeEndings()
    {
        var sentences = Texts("조현 장관이 칼라스 고위대표를 만났다. 양측은 협력을 강화하기로 했다. 회의는 브뤼셀에서 열렸어요.");

        Assert.Equal(["조현 장관이 칼라스 고위대표를 만났다.", "양측은 협력을 강화하기로 했다.", "회의는 브뤼셀에서 열렸어요."], sentences);
    }

    [Fact]
    public void Split_KeepsQuotedSpeechInsideOneSentence()
    {
        var text = "그는 “우리는 방위산업 협력을 통해 공동 안보를 강화하기로 했다”며 “대한민국의 지원에 대해서도 감사의 뜻을 표했다”고 말했다. 대통령실도 이를 밝혔다.";

        var sentences = Texts(text);

        Assert.Equal(2, sentences.Length);
        Assert.EndsWith("표했다”고 말했다.", sentences[0]);
    }

    [Fact]
    public void Split_DoesNotSplitAtPeriodsInsideQuotes()
    {
        var sentences = Texts("대통령실은 \"회담을 했다. 성과가 컸다\"고 밝혔다. 다음 문장이다.");

        Assert.Equal(["대통령실은 \"회담을 했다. 성과가 컸다\"고 밝혔다.", "다음 문장이다."], sentences);
    }

    [Fact]
    public void Split_EndsSentenceAfterClosingQuoteFollowedBySpace()
    {
        var sentences = Texts("그는 “회담은 성공적이었다.” 이어 기자들의 질문에 답했다.");

        Assert.Equal(["그는 “회담은 성공적이었다.”", "이어 기자들의 질문에 답했다."], sentences);
    }

    [Fact]
    public void Split_HandlesQuestionAndExclamationMarks()
    {
        var sentences = Texts("정상회담은 언제 열리나? 곧 열린다! 정말 그런가요?");

        Assert.Equal(["정상회담은 언제 열리나?", "곧 열린다!", "정말 그런가요?"], sentences);
    }

    [Fact]
    public void Split_IgnoresPeriodsInEnglishAbbreviationsAndInitials()
    {
        var text = "Mr. Kim met U.S. Secretary Rubio on Jan. 8 in Washington. S. Korea and the U.S. agreed. John F. Kennedy was not there.";

        var sentences = Texts(text);

        Assert.Equal(
            ["Mr. Kim met U.S. Secretary Rubio on Jan. 8 in Washington.", "S. Korea and the U.S. agreed.", "John F. Kennedy was not there."],
            sentences);
    }

    [Fact]
    public void Split_IgnoresPeriodsInDecimalsAndDomains()
    {
        var sentences = Texts("The base rate stayed at 2.5% this month. Contact photo@newsis.com for details.");

        Assert.Equal(["The base rate stayed at 2.5% this month.", "Contact photo@newsis.com for details."], sentences);
    }

    [Fact]
    public void Split_DoesNotSplitDottedDates()
    {
        var sentences = Texts("조현 장관과 여한구 본부장. 2025.10.30. photo@newsis.com\n\n한국은행은 기준금리를 동결했다.");

        Assert.Equal(["조현 장관과 여한구 본부장.", "2025.10.30. photo@newsis.com", "한국은행은 기준금리를 동결했다."], sentences);
    }

    [Fact]
    public void Split_DoesNotSplitDottedDateInsideKoreanSentence()
    {
        var sentences = Texts("회의는 2025.06.26. 서울에서 열렸다.");

        Assert.Equal(["회의는 2025.06.26. 서울에서 열렸다."], sentences);
    }

    [Fact]
    public void Split_AlwaysEndsSentenceAtParagraphBreak()
    {
        var sentences = Texts("한·네덜란드 고위급 대화 개최\n\n양국은 협력을 논의했다");

        Assert.Equal(["한·네덜란드 고위급 대화 개최", "양국은 협력을 논의했다"], sentences);
    }

    [Fact]
    public void Split_JoinsHardWrappedEnglishLines()
    {
        var sentences = Texts("The two sides agreed to boost\ncooperation at sea. It was the fourth dialogue.");

        Assert.Equal(["The two sides agreed to boost\ncooperation at sea.", "It was the fourth dialogue."], sentences);
    }

    [Fact]
    public void Split_EndsKoreanSentenceWithoutSpaceAfterPeriod()
    {
        var sentences = Texts("회담이 열렸다.이어 만찬이 있었다.");

        Assert.Equal(["회담이 열렸다.", "이어 만찬이 있었다."], sentences);
    }

    [Fact]
    public void Split_ReportsOffsetsOfEachSentenceInTheText()
    {
        var text = "  첫 문장이다.  둘째 문장이다.\n\n Third one.";

        var sentences = SentenceSplitter.Split(text);

        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
        Assert.Equal(3, sentences.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_ReturnsNothing_ForBlankText(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_SplitsSampleArticleParagraphIntoItsSentences()
    {
        var paragraph = "South Korea and the European Union agreed Thursday to further strengthen defense and security ties during a biennial security dialogue, the defense ministry said. \"Kim asked for the EU's cooperation and support for the denuclearization of the Korean Peninsula and the establishment of a permanent peace,\" the defense ministry said in a release.";

        var sentences = Texts(paragraph);

        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("\"Kim asked", sentences[1]);
    }
}
