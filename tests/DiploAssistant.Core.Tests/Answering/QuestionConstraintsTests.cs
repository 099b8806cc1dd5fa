using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class QuestionConstraintsTests
{
    [Theory]
    [InlineData("What did Japan and China agree on in 2023?", "2023")]
    [InlineData("1989년 평양축전에 파견된 인물은?", "1989")]
    public void Find_TakesYearsAsConstraints(string question, string year)
    {
        var found = QuestionConstraints.Find(question);

        Assert.Contains(found, e => e.Kind == EntityKind.Year && e.Words[0] == year);
    }

    [Theory]
    [InlineData("When did Korea and the Netherlands hold their third 2+2 dialogue?", "3")]
    [InlineData("세 번째 회의는 어디서 열렸나?", "3")]
    [InlineData("제1회 월드컵을 개최한 나라는?", "1")]
    public void Find_TakesOrdinalsAsConstraints(string question, string n)
    {
        Assert.Contains(QuestionConstraints.Find(question), e => e.Kind == EntityKind.Ordinal && e.Words[0] == n);
    }

    [Fact]
    public void Find_DoesNotRequireAFirstSaidInWords()
    {
        Assert.DoesNotContain(QuestionConstraints.Find("Who was the first to arrive?"), e => e.Kind == EntityKind.Ordinal);
    }

    [Fact]
    public void Find_TakesModelCodes()
    {
        Assert.Contains(QuestionConstraints.Find("갤럭시 S8의 램은 몇 기가바이트인가?"), e => e.Kind == EntityKind.Code && e.Words[0] == "s8");
    }

    [Fact]
    public void OrdinalForms_CoverKoreanAndEnglishWritings()
    {
        Assert.Subset(new HashSet<string>(QuestionConstraints.OrdinalForms(3)), new HashSet<string> { "third", "3rd", "3차", "세번째" });
    }
}
