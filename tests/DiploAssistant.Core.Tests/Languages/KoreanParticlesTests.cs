using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class KoreanParticlesTests
{
    [Theory]
    [InlineData("헤이그에서는", "헤이그")]
    [InlineData("조현이", "조현")]
    [InlineData("측과", "측")]
    [InlineData("함께", "함")]
    [InlineData("는", "는")]
    public void Strip_RemovesTheLongestParticle_AndKeepsAWordThatIsAllParticle(string word, string expected)
    {
        Assert.Equal(expected, KoreanParticles.Strip(word));
    }

    [Theory]
    [InlineData("헤이그에서부터", "헤이그")]
    [InlineData("회담하였다", "회담")]
    [InlineData("장관들과", "장관")]
    [InlineData("조현이", "조현")]
    [InlineData("함께", "함께")]
    [InlineData("친구한테", "친구한테")]
    public void TokenizerSuffixes_AddVerbEndingsToTheParticles_ButNotTheOnesTheIndexNeverStripped(string word, string expected)
    {
        Assert.Equal(expected, KoreanSuffixes.Strip(word).ToString());
    }
}
