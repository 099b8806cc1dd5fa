using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Bot.Tests.Authentication;

public sealed class EndorsementsTests
{
    [Fact]
    public void Validate_Passes_ForAnUnaffinitizedActivity() =>
        Assert.True(EndorsementsValidator.Validate(null, ["msteams"]));

    [Fact]
    public void Validate_Throws_WhenEndorsementsAreNull() =>
        Assert.Throws<ArgumentNullException>(() => EndorsementsValidator.Validate("msteams", null!));

    [Fact]
    public void Validate_Fails_ForAnUnendorsedChannel() =>
        Assert.False(EndorsementsValidator.Validate("msteams", []));

    [Fact]
    public void Validate_Fails_ForMismatchedEndorsements() =>
        Assert.False(EndorsementsValidator.Validate("right", ["wrong"]));

    [Fact]
    public void Validate_Passes_ForAnEndorsedChannel_AmongSeveral() =>
        Assert.True(EndorsementsValidator.Validate("webchat", ["msteams", "webchat"]));

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"keys\": 3}")]
    [InlineData("not json")]
    public void SigningKeySet_IsEmpty_ForOddDocuments(string document)
    {
        var set = SigningKeySet.Parse(document);

        Assert.Empty(set.Keys);
        Assert.Empty(set.Endorsements);
    }

    [Fact]
    public async Task Fetch_ReadsKeysAndEndorsements_FromTheMetadatasKeySet()
    {
        await using var identity = await BotFrameworkIdentityServer.StartAsync();
        var cache = new OpenIdMetadataCache(new SimpleHttpClientFactory(), TimeProvider.System, NullLogger<OpenIdMetadataCache>.Instance);

        var set = await cache.FetchAsync(identity.ChannelMetadataUrl, CancellationToken.None);

        Assert.Equal(2, set.Keys.Count);
        Assert.Equal(["msteams", "webchat", "directline", "emulator"], set.Endorsements["channel-key"]);
        Assert.False(set.Endorsements.ContainsKey("unendorsed-key"));
    }

    [Fact]
    public async Task Fetch_Throws_WhenTheMetadataAnswersWithAnError()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/meta", () => Results.StatusCode(500)));
        var cache = new OpenIdMetadataCache(new SimpleHttpClientFactory(), TimeProvider.System, NullLogger<OpenIdMetadataCache>.Instance);

        await Assert.ThrowsAsync<HttpRequestException>(() => cache.FetchAsync(new Uri(server.BaseAddress, "meta").AbsoluteUri, CancellationToken.None));
    }
}
