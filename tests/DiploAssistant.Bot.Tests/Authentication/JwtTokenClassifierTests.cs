using System.Security.Claims;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Tests.TestDoubles;

namespace DiploAssistant.Bot.Tests.Authentication;

public sealed class JwtTokenClassifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    [InlineData("Basic abc")]
    [InlineData("Bearer not-a-jwt")]
    public void IsTokenFromEmulator_ReturnsFalse_OnABadlyFormattedHeader(string? header) =>
        Assert.False(JwtTokenClassifier.IsTokenFromEmulator(header));

    [Fact]
    public void IsTokenFromEmulator_ReturnsFalse_OnAnIssuerOutsideTheEmulatorList() =>
        Assert.False(JwtTokenClassifier.IsTokenFromEmulator("Bearer " + Token("https://api.botframework.com")));

    [Theory]
    [InlineData(BotFrameworkIdentityServer.EmulatorIssuerV1)]
    [InlineData(BotFrameworkIdentityServer.EmulatorIssuerV2)]
    public void IsTokenFromEmulator_ReturnsTrue_OnAnEmulatorIssuer(string issuer) =>
        Assert.True(JwtTokenClassifier.IsTokenFromEmulator("Bearer " + Token(issuer)));

    [Fact]
    public void GetAppIdFromClaims_ReadsAppId_WhenVersionIsAbsentOrOne()
    {
        Assert.Equal("app", JwtTokenClassifier.GetAppIdFromClaims([new Claim("appid", "app")]));
        Assert.Equal("app", JwtTokenClassifier.GetAppIdFromClaims([new Claim("ver", "1.0"), new Claim("appid", "app"), new Claim("azp", "other")]));
    }

    [Fact]
    public void GetAppIdFromClaims_ReadsAuthorizedParty_WhenVersionIsTwo() =>
        Assert.Equal("app", JwtTokenClassifier.GetAppIdFromClaims([new Claim("ver", "2.0"), new Claim("azp", "app"), new Claim("appid", "other")]));

    [Fact]
    public void GetAppIdFromClaims_ReturnsNull_ForAnUnknownVersion() =>
        Assert.Null(JwtTokenClassifier.GetAppIdFromClaims([new Claim("ver", "3.0"), new Claim("appid", "app")]));

    [Fact]
    public void IsSkillToken_IsTrue_WhenAudienceIsAnotherBotsAppId() =>
        Assert.True(JwtTokenClassifier.IsSkillToken([new Claim("ver", "1.0"), new Claim("aud", "skill-app"), new Claim("appid", "parent-app")]));

    [Fact]
    public void IsSkillToken_IsFalse_ForChannelTokens() =>
        Assert.False(JwtTokenClassifier.IsSkillToken([new Claim("ver", "1.0"), new Claim("aud", "https://api.botframework.com"), new Claim("appid", "app")]));

    [Fact]
    public void IsSkillToken_IsFalse_WithoutAVersionClaim() =>
        Assert.False(JwtTokenClassifier.IsSkillToken([new Claim("aud", "skill-app"), new Claim("appid", "parent-app")]));

    private static string Token(string issuer) =>
        BotFrameworkIdentityServer.CreateToken(BotFrameworkIdentityServer.NewKey("k"), issuer, new Dictionary<string, object?>(), DateTimeOffset.UtcNow);
}
