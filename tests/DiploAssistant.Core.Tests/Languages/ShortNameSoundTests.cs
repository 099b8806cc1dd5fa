using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Tests.Languages;

public sealed class ShortNameSoundTests
{
    [Theory]
    [InlineData("뤼터", "Rutte")]
    [InlineData("포야르", "Pojar")]
    [InlineData("로테", "Lotte")]
    public void ANameOfTwoConsonants_MatchesItsHangulSpelling(string hangul, string latin) =>
        Assert.True(ShortNameSound.Same(hangul, latin));

    [Theory]
    [InlineData("뤼터", "Lotte")] // first vowels differ
    [InlineData("뤼터", "Rudd")] // one vowel against two
    [InlineData("포야르", "Pulse")] // other consonants
    [InlineData("뤼터", "rutte")] // not capitalized: not a name
    [InlineData("터", "Rutte")] // one syllable
    public void OtherWordsOfTwoConsonants_DoNotMatch(string hangul, string latin) =>
        Assert.False(ShortNameSound.Same(hangul, latin));
}
