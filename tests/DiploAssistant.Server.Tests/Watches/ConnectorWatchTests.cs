using System.Net.Http.Headers;
using DiploAssistant.Bot.Tests.TestDoubles;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Server.Tests.Watches;

/// <summary>
/// Watches over <c>/api/messages</c> with authentication on, on the real core: the watch is made by an activity carrying a
/// channel token (signed by the loopback key server), and the digest is posted proactively to the loopback Bot Connector
/// with a bearer token the server got from the loopback Entra token endpoint with its app id and password.
/// </summary>
public sealed class ConnectorWatchTests : IAsyncLifetime
{
    private const string AppId = "bot-app-id";
    private LoopbackChannel _channel = null!;
    private BotFrameworkIdentityServer _identity = null!;
    private DiploServerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _identity = await BotFrameworkIdentityServer.StartAsync();
        _factory = new DiploServerFactory(
            new Dictionary<string, string?>
            {
                ["Server:LoadSampleData"] = "false",
                ["Api:Key"] = WatchArticles.ApiKey,
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "bot-secret",
                ["ToChannelFromBotLoginUrl"] = _channel.Authority,
                ["ValidateAuthority"] = "false",
                ["ToBotFromChannelOpenIdMetadataUrl"] = _identity.ChannelMetadataUrl,
                ["Watches:MinMinutesBetweenDigests"] = "30",
            },
            realCore: true)
        {
            ConfigureServices = services => services.AddHttpClient(DiploAssistant.Bot.Connector.MsalHttpClientFactory.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustingHandler(_channel.Certificate)),
        };
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _identity.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task AWatchCreatedOverApiMessages_MakesTheServerPostTheDigestToTheConnector_WithTheChannelsBearerToken()
    {
        var client = _factory.CreateClient();

        var confirmation = Assert.Single(await PostAsync(client, "watch Korea NATO"))!;
        await WatchArticles.UploadAsync(client, "nato.txt", WatchArticles.KoreaNato);
        var posted = await ConnectorPostAsync();

        Assert.StartsWith("Watching **Korea NATO** (watch 1).", (string?)confirmation["text"], StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/" + Uri.EscapeDataString("a:1xyz;messageid=1718000000000") + "/activities", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        var token = Assert.Single(_channel.TokenRequests);
        Assert.Equal((AppId, "bot-secret", "client_credentials"), (token["client_id"], token["client_secret"], token["grant_type"]));
        var body = posted.Body;
        Assert.StartsWith("New articles for your watch “Korea NATO” (1):", (string?)body["text"], StringComparison.Ordinal);
        Assert.Contains($"{WatchArticles.KoreaNatoSentence} [1]", (string?)body["text"], StringComparison.Ordinal);
        Assert.Null(body["replyToId"]);
        Assert.Equal(("msteams", Activities.BotId, "29:user-1", "tenant-1"),
            ((string?)body["channelId"], (string?)body["from"]!["id"], (string?)body["recipient"]!["id"], (string?)body["conversation"]!["tenantId"]));
        var claim = Assert.Single(body["entities"]![0]!["citation"]!.AsArray())!;
        Assert.Equal(WatchArticles.KoreaNatoTitle, (string?)claim["appearance"]!["name"]);
    }

    [Fact]
    public async Task ASecondMatchingUploadWithinTheInterval_SendsNoSecondDigest_ItsArticleWaitsForTheNext()
    {
        var client = _factory.CreateClient();
        await PostAsync(client, "watch Korea NATO");
        await WatchArticles.UploadAsync(client, "nato.txt", WatchArticles.KoreaNato);
        await ConnectorPostAsync();

        await WatchArticles.UploadAsync(client, "nato-followup.txt", WatchArticles.KoreaNato.Replace("3일", "4일", StringComparison.Ordinal));
        var waiting = await WaitingAsync();

        Assert.Single(waiting);
        Assert.Single(_channel.ConnectorRequests);
    }

    private async Task<System.Text.Json.Nodes.JsonArray> PostAsync(HttpClient client, string text)
    {
        var inbound = Activities.TeamsMessage(text);
        inbound["serviceUrl"] = _channel.ServiceUrl;
        inbound["locale"] = "en-US";
        var signed = BotFrameworkIdentityServer.CreateToken(
            _identity.ChannelKey("channel-key"),
            BotFrameworkIdentityServer.ChannelIssuer,
            new Dictionary<string, object?> { ["aud"] = AppId, ["serviceurl"] = _channel.ServiceUrl },
            DateTimeOffset.UtcNow);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signed);
        return await Activities.PostExpectingRepliesAsync(client, inbound);
    }

    /// <summary>The watch's waiting matches, once the second load has been matched and deferred.</summary>
    private async Task<IReadOnlyList<string>> WaitingAsync()
    {
        var watches = _factory.Services.GetRequiredService<DiploAssistant.Core.Watches.IWatchStore>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await watches.ListAsync(null, CancellationToken.None)).SingleOrDefault() is { Pending.Count: > 0 } watch)
            {
                return watch.Pending;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the second load was not matched within 10 s");
    }

    private async Task<(string RawTarget, string? Authorization, System.Text.Json.Nodes.JsonObject Body, string Method)> ConnectorPostAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_channel.ConnectorRequests.TryPeek(out var posted))
            {
                return posted;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the server posted nothing to the connector within 10 s");
    }
}
