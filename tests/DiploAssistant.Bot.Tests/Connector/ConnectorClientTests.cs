using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TeamsConversationId = "a:1xyz;messageid=123@thread.v2";
    private LoopbackChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await LoopbackChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task SendAsync_PostsTheReplyToTheConnector_WithABearerTokenFromTheTokenEndpoint()
    {
        using var tokens = TokenProvider(appId: "bot-app-id");
        var client = Client(tokens);

        var id = await client.SendAsync(Reply(), CancellationToken.None);

        Assert.Equal("posted-1", id);
        var tokenRequest = Assert.Single(_channel.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal("bot-app-id", tokenRequest["client_id"]);
        Assert.Equal("bot-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal("botframework.com", tokenRequest["tenant"]);
        var posted = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TeamsConversationId)}/activities/inbound-1", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        Assert.Equal("The answer [1].", (string?)posted.Body["text"]);
        Assert.False(posted.Body.ContainsKey("id"));
    }

    [Fact]
    public async Task SendAsync_ReusesTheCachedToken_ForLaterReplies()
    {
        using var tokens = TokenProvider(appId: "bot-app-id");
        var client = Client(tokens);

        await client.SendAsync(Reply(), CancellationToken.None);
        await client.SendAsync(Reply(), CancellationToken.None);

        Assert.Single(_channel.TokenRequests);
        Assert.Equal(2, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task SendAsync_UsesTheBotsTenant_ForASingleTenantBot()
    {
        using var tokens = TokenProvider(appId: "bot-app-id", appType: "SingleTenant", tenant: "contoso-tenant",
            authority: new Uri(new Uri(_channel.Authority), "contoso-tenant").AbsoluteUri);

        await Client(tokens).SendAsync(Reply(), CancellationToken.None);

        Assert.Equal("contoso-tenant", Assert.Single(_channel.TokenRequests)["tenant"]);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendAsync_RetriesWithBackoff_OnTransientStatuses(int status)
    {
        _channel.FailConnectorWith(status, status);
        using var tokens = TokenProvider(appId: "bot-app-id");

        var id = await Client(tokens).SendAsync(Reply(), CancellationToken.None);

        Assert.Equal("posted-3", id);
        Assert.Equal(3, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task SendAsync_DoesNotRetry_ABadRequest()
    {
        _channel.FailConnectorWith(400);
        using var tokens = TokenProvider(appId: "bot-app-id");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(tokens).SendAsync(Reply(), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Single(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task SendAsync_SendsNoAuthorization_WhenAuthenticationIsOff()
    {
        using var tokens = TokenProvider(appId: null);

        await Client(tokens).SendAsync(Reply(), CancellationToken.None);

        Assert.Empty(_channel.TokenRequests);
        Assert.Null(Assert.Single(_channel.ConnectorRequests).Authorization);
    }

    private MsalChannelTokenProvider TokenProvider(string? appId, string appType = "MultiTenant", string? tenant = null, string? authority = null)
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "bot-secret",
            MicrosoftAppTenantId = tenant,
            ToChannelFromBotLoginUrl = authority ?? _channel.Authority,
            ValidateAuthority = false,
        });
        return new MsalChannelTokenProvider(options, new SimpleHttpClientFactory(() => LoopbackCertificate.TrustingHandler(_channel.Certificate)),
            NullLogger<MsalChannelTokenProvider>.Instance);
    }

    private static ConnectorClient Client(IChannelTokenProvider tokens) => new(
        new SimpleHttpClientFactory(),
        tokens,
        Options.Create(new BotOptions { OutboundRetryBaseDelaySeconds = 0.01 }),
        TimeProvider.System,
        NullLogger<ConnectorClient>.Instance);

    private Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Id = "must-not-be-sent",
        Text = "The answer [1].",
        ServiceUrl = _channel.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = TeamsConversationId },
        ReplyToId = "inbound-1",
    };
}
