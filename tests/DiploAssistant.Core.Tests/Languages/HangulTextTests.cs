using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class HangulTextTests
{
    [Fact]
    public void IsSyllable_KnowsTheSyllableRange_AndNotJamoOrLatin()
    {
        Assert.True(HangulText.IsSyllable('가'));
        Assert.True(HangulText.IsSyllable('힣'));
        Assert.False(HangulText.IsSyllable('ㄱ'));
        Assert.False(HangulText.IsSyllable('a'));
        Assert.Matches("^[" + HangulText.Syllables + "]+$", "외교장관");
    }
}
