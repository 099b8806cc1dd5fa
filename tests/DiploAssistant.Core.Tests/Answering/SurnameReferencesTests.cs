using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Questions;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class SurnameReferencesTests
{
    [Fact]
    public void In_ResolvesSurnameAndTitle_ToTheFullNameTheArticleUsedEarlier()
    {
        var references = new SurnameReferences(["위성락 국가안보실장이 루비오 장관을 만났다."]);

        Assert.Equal(["위성락"], references.In("위 실장은 일본 외무상과도 면담했다."));
    }

    [Fact]
    public void In_ResolvesNothing_WhenTwoNamesShareTheSurname()
    {
        var references = new SurnameReferences(["위성락 실장과 위대한 장관이 만났다."]);

        Assert.Empty(references.In("위 실장은 일본 외무상과도 면담했다."));
    }
}
