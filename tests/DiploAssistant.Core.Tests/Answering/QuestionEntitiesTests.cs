using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class QuestionEntitiesTests
{
    private static string[] Names(string question) => QuestionEntities.Find(question).Select(e => e.Text).ToArray();

    [Fact]
    public void Find_GroupsCapitalizedEnglishWordsIntoNames()
    {
        Assert.Equal(["Cho Hyun", "Kaja Kallas"], Names("Where did Cho Hyun meet Kaja Kallas?"));
    }

    [Fact]
    public void Find_KeepsConnectorsInsideEventNames()
    {
        Assert.Equal(["Korea", "Security and Defense Dialogue", "EU"], Names("Who represented South Korea at the Security and Defense Dialogue with the EU?"));
    }

    [Fact]
    public void Find_TakesKoreanNounsWithoutParticlesAndSkipsQuestionWordsAndTheVerb()
    {
        Assert.Equal(["조현", "장관", "베를린"], Names("조현 장관은 베를린에서 누구를 만났나?"));
    }

    [Fact]
    public void Find_SkipsGenericKoreanNouns()
    {
        Assert.Equal(["뤼터", "사무총장", "대통령"], Names("뤼터 사무총장과 이 대통령의 통화 내용은?").Where(n => n != "통화").ToArray());
        Assert.DoesNotContain("내용", Names("뤼터 사무총장과 이 대통령의 통화 내용은?"));
    }

    [Fact]
    public void Find_SkipsFrequentNewsNouns()
    {
        Assert.DoesNotContain("사실", Names("뤼터 사무총장은 어디에서 이 대통령과의 통화 사실을 밝혔나?"));
    }

    [Fact]
    public void Find_KeepsATwoSyllableNameBeforeATitle_ThoughItEndsLikeAParticle()
    {
        Assert.Contains("왕이", Names("조현 장관은 왕이 외교부장과 어디서 만났나?"));
    }

    [Fact]
    public void Find_DoesNotTreatTheFirstCapitalizedWordAsAName()
    {
        Assert.Empty(Names("Summarize what happened."));
    }

    [Fact]
    public void Find_SkipsVerbFormsAndAnswerNouns()
    {
        var names = Names("유엔 평화유지군이 파병될 지역의 이름은?");

        Assert.DoesNotContain("파병될", names);
        Assert.DoesNotContain("이름", names);
        Assert.Contains("평화유지군", names);
    }

    [Fact]
    public void Find_MarksTheOpeningNounAsTheTopic()
    {
        var topic = QuestionEntities.Find("금강산을 이루는 암석은?").First(e => e.IsHangul);

        Assert.Equal("금강산", topic.Text);
        Assert.Equal(EntityKind.Topic, topic.Kind);
    }
}
