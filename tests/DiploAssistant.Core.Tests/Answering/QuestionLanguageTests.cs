using DiploAssistant.Core.Answering;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class QuestionLanguageTests
{
    [Theory]
    [InlineData("그 회의에서 무엇에 합의했나?", true)]
    [InlineData("조현 장관은 Kaja Kallas를 어디서 만났나?", true)]
    [InlineData("그 회의에서 무엇에 합의했나? (Korea, Netherlands)", true)]
    [InlineData("What did 조현 say in Brussels?", false)]
    [InlineData("what about the Netherlands? (한·네덜란드, 2+2 대화, 차기 회의)", false)]
    [InlineData("Where did Cho Hyun meet Kaja Kallas?", false)]
    public void IsKorean_FollowsTheLettersTheUserWrote(string question, bool korean)
    {
        Assert.Equal(korean, QuestionLanguage.IsKorean(question));
    }
}
