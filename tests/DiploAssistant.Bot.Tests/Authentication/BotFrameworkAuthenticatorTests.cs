using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DiploAssistant.Bot.Tests.Authentication;

/// <summary>Mirrors the Bot Framework SDK's authentication cases (spec §1.6) against keys served on loopback.</summary>
public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "2cd87869-38a0-4182-9251-d056e8f0ac24";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private BotFrameworkIdentityServer _identity = null!;

    public async Task InitializeAsync() => _identity = await BotFrameworkIdentityServer.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task ChannelToken_IsAccepted_WhenIssuerAudienceSignatureEndorsementAndServiceUrlAreRight()
    {
        var result = await Authenticate(ChannelToken(), Activity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(AppId, result.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task ChannelToken_IsRefused_WhenIssuerIsWrong() =>
        await AssertRefused(ChannelToken(issuer: "https://api.botframework.evil"), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenAudienceIsAnotherApp() =>
        await AssertRefused(ChannelToken(audience: "another-app"), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenAudienceClaimIsMissing() =>
        await AssertRefused(ChannelToken(audience: null), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenAudienceClaimIsEmpty() =>
        await AssertRefused(ChannelToken(audience: string.Empty), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenSignedByAnUnknownKeyWithAKnownKeyId()
    {
        var forged = BotFrameworkIdentityServer.NewKey("channel-key");

        await AssertRefused(ChannelToken(key: forged), Activity());
    }

    [Fact]
    public async Task ChannelToken_IsRefused_WhenExpiredBeyondTheFiveMinuteSkew() =>
        await AssertRefused(ChannelToken(expiresIn: TimeSpan.FromMinutes(-6), notBefore: TimeSpan.FromMinutes(-70)), Activity());

    [Fact]
    public async Task ChannelToken_IsAccepted_WhenExpiredWithinTheFiveMinuteSkew()
    {
        var result = await Authenticate(ChannelToken(expiresIn: TimeSpan.FromMinutes(-4), notBefore: TimeSpan.FromMinutes(-70)), Activity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_IsRefused_WhenNotYetValid() =>
        await AssertRefused(ChannelToken(notBefore: TimeSpan.FromMinutes(10)), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenSignedWithAnAlgorithmOtherThanRsa()
    {
        var hmac = new SymmetricSecurityKey(new byte[32]) { KeyId = "channel-key" };

        await AssertRefused(ChannelToken(key: hmac, algorithm: SecurityAlgorithms.HmacSha256), Activity());
    }

    [Fact]
    public async Task ChannelToken_IsAccepted_WhenSignedWithRs512()
    {
        var result = await Authenticate(ChannelToken(algorithm: SecurityAlgorithms.RsaSha512), Activity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_IsRefused_WhenTheSigningKeyHasNoEndorsements() =>
        await AssertRefused(ChannelToken(key: _identity.ChannelKey("unendorsed-key")), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenTheKeyIsNotEndorsedForTheChannel() =>
        await AssertRefused(ChannelToken(), Activity(channelId: "slack"));

    [Fact]
    public async Task ChannelToken_IsAccepted_ForAnUnaffinitizedActivityWithNoChannelId()
    {
        var result = await Authenticate(ChannelToken(), Activity(channelId: null));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_IsRefused_WhenTheServiceUrlClaimIsMissing() =>
        await AssertRefused(ChannelToken(serviceUrl: null), Activity());

    [Fact]
    public async Task ChannelToken_IsRefused_WhenTheServiceUrlClaimDiffersFromTheActivity() =>
        await AssertRefused(ChannelToken(serviceUrl: "https://attacker.example/"), Activity());

    [Fact]
    public async Task ChannelToken_IsAccepted_WhenTheServiceUrlDiffersOnlyInCase()
    {
        var result = await Authenticate(ChannelToken(serviceUrl: ServiceUrl.ToUpperInvariant()), Activity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task SkillToken_IsRefused_BecauseThisBotHostsNoSkills()
    {
        var claims = new Dictionary<string, object?> { ["aud"] = AppId, ["appid"] = "calling-bot", ["ver"] = "1.0", ["serviceurl"] = ServiceUrl };

        await AssertRefused(Bearer(BotFrameworkIdentityServer.CreateToken(_identity.ChannelKey("channel-key"), BotFrameworkIdentityServer.ChannelIssuer, claims, _clock.GetUtcNow())), Activity());
    }

    [Fact]
    public async Task EmulatorTokenV1_IsAccepted_WhenAppIdClaimIsTheBot()
    {
        var result = await Authenticate(EmulatorToken(BotFrameworkIdentityServer.EmulatorIssuerV1, "1.0", "appid", AppId), Activity(channelId: "emulator", serviceUrl: "http://localhost:5000"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task EmulatorTokenV2_IsAccepted_WhenAuthorizedPartyIsTheBot()
    {
        var result = await Authenticate(EmulatorToken(BotFrameworkIdentityServer.EmulatorIssuerV2, "2.0", "azp", AppId), Activity(channelId: "emulator"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task EmulatorTokenV1_IsRefused_WhenAppIdIsAnotherApp() =>
        await AssertRefused(EmulatorToken(BotFrameworkIdentityServer.EmulatorIssuerV1, "1.0", "appid", "another-app"), Activity(channelId: "emulator"));

    [Fact]
    public async Task EmulatorTokenV2_IsRefused_WhenAuthorizedPartyIsMissing() =>
        await AssertRefused(EmulatorToken(BotFrameworkIdentityServer.EmulatorIssuerV2, "2.0", "appid", AppId), Activity(channelId: "emulator"));

    [Fact]
    public async Task EmulatorToken_IsRefused_WhenVersionIsUnknown() =>
        await AssertRefused(EmulatorToken(BotFrameworkIdentityServer.EmulatorIssuerV2, "3.0", "azp", AppId), Activity(channelId: "emulator"));

    [Fact]
    public async Task EmulatorToken_IsRefused_WhenSignedByAChannelKey()
    {
        var claims = new Dictionary<string, object?> { ["ver"] = "1.0", ["appid"] = AppId, ["aud"] = AppId };
        var token = BotFrameworkIdentityServer.CreateToken(_identity.ChannelKey("channel-key"), BotFrameworkIdentityServer.EmulatorIssuerV1, claims, _clock.GetUtcNow());

        await AssertRefused(Bearer(token), Activity(channelId: "emulator"));
    }

    [Fact]
    public async Task MissingHeader_IsRefused_WhenAuthenticationIsEnabled() =>
        await AssertRefused(null, Activity());

    [Theory]
    [InlineData("bearer abc.def.ghi")]
    [InlineData("Bearer")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task MalformedHeader_IsRefused(string header) => await AssertRefused(header, Activity());

    [Fact]
    public async Task MissingHeader_IsAnonymous_WhenAuthenticationIsDisabled()
    {
        var result = await Authenticate(null, Activity(), appId: null);

        Assert.True(result.Succeeded);
        Assert.Equal("anonymous", result.Identity!.AuthenticationType);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task MissingHeader_IsAnAnonymousSkill_WhenAuthenticationIsDisabledAndTheEmulatorCallsASkill()
    {
        var activity = Activity(channelId: "emulator");
        activity.Recipient = new ChannelAccount { Id = "bot", Role = "skill" };

        var result = await Authenticate(null, activity, appId: null);

        Assert.True(result.Succeeded);
        Assert.Equal("AnonymousSkill", result.Identity!.FindFirst("appid")!.Value);
    }

    [Fact]
    public async Task AnyHeader_IsRefused_WhenAuthenticationIsDisabled() =>
        await AssertRefused(ChannelToken(), Activity(), appId: null);

    [Fact]
    public async Task ChannelToken_IsAccepted_AfterAKeyRotation_OnceTheMinimumRefreshIntervalHasPassed()
    {
        var authenticator = CreateAuthenticator(AppId);
        Assert.True((await authenticator.AuthenticateAsync(ChannelToken(), Activity(), CancellationToken.None)).Succeeded);
        var rotated = _identity.AddChannelKey("rotated-key", "msteams");
        var tokenWithNewKey = ChannelToken(key: rotated);

        var tooSoon = await authenticator.AuthenticateAsync(tokenWithNewKey, Activity(), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var afterRefresh = await authenticator.AuthenticateAsync(ChannelToken(key: rotated), Activity(), CancellationToken.None);

        Assert.False(tooSoon.Succeeded);
        Assert.True(afterRefresh.Succeeded, afterRefresh.FailureReason);
        Assert.Equal(2, _identity.MetadataRequests);
    }

    [Fact]
    public async Task Metadata_IsCached_AcrossRequests()
    {
        var authenticator = CreateAuthenticator(AppId);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await authenticator.AuthenticateAsync(ChannelToken(), Activity(), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(1, _identity.MetadataRequests);
    }

    private string ChannelToken(
        string issuer = BotFrameworkIdentityServer.ChannelIssuer,
        string? audience = AppId,
        string? serviceUrl = ServiceUrl,
        SecurityKey? key = null,
        TimeSpan? expiresIn = null,
        TimeSpan? notBefore = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object?> { ["aud"] = audience, ["serviceurl"] = serviceUrl };
        return Bearer(BotFrameworkIdentityServer.CreateToken(
            key ?? _identity.ChannelKey("channel-key"), issuer, claims, _clock.GetUtcNow(), expiresIn, notBefore, algorithm));
    }

    private string EmulatorToken(string issuer, string version, string appIdClaim, string appId)
    {
        var claims = new Dictionary<string, object?> { ["ver"] = version, [appIdClaim] = appId, ["aud"] = "https://api.botframework.com", ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" };
        return Bearer(BotFrameworkIdentityServer.CreateToken(_identity.EmulatorKey, issuer, claims, _clock.GetUtcNow()));
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity Activity(string? channelId = "msteams", string? serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hi",
    };

    private Task<BotAuthenticationResult> Authenticate(string? header, Activity activity, string? appId = AppId) =>
        CreateAuthenticator(appId).AuthenticateAsync(header, activity, CancellationToken.None);

    private async Task AssertRefused(string? header, Activity activity, string? appId = AppId)
    {
        var result = await Authenticate(header, activity, appId);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
    }

    private BotFrameworkAuthenticator CreateAuthenticator(string? appId)
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "secret",
            ToBotFromChannelOpenIdMetadataUrl = _identity.ChannelMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = _identity.EmulatorMetadataUrl,
        });
        var cache = new OpenIdMetadataCache(new SimpleHttpClientFactory(), _clock, NullLogger<OpenIdMetadataCache>.Instance);
        return new BotFrameworkAuthenticator(options, cache, _clock, NullLogger<BotFrameworkAuthenticator>.Instance);
    }
}
