using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Proactive;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Proactive;

/// <summary>Messages the bot sends first reach the loopback connector authenticated as replies are.</summary>
public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private const string ConversationId = "a:1personal";
    private LoopbackChannel _channel = null!;
    private MsalChannelTokenProvider _tokens = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _tokens = new MsalChannelTokenProvider(
            Options.Create(new BotFrameworkOptions
            {
                MicrosoftAppId = "bot-app-id",
                MicrosoftAppPassword = "bot-secret",
                ToChannelFromBotLoginUrl = _channel.Authority,
                ValidateAuthority = false,
            }),
            new SimpleHttpClientFactory(() => LoopbackCertificate.TrustingHandler(_channel.Certificate)),
            NullLogger<MsalChannelTokenProvider>.Instance);
    }

    public async Task DisposeAsync()
    {
        _tokens.Dispose();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_PostsIntoTheStoredConversation_WithABearerTokenFromTheTokenEndpoint()
    {
        var references = new InMemoryConversationReferenceStore();
        references.Save(ConversationReference.FromActivity(Inbound())!);

        var id = await Messenger(references).SendAsync(ConversationId, "A new article on the Korea–EU talks was loaded.", CancellationToken.None);

        Assert.Equal("posted-1", id);
        Assert.Equal("bot-app-id", Assert.Single(_channel.TokenRequests)["client_id"]);
        var posted = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        Assert.Equal("A new article on the Korea–EU talks was loaded.", (string?)posted.Body["text"]);
        Assert.Equal("28:bot", (string?)posted.Body["from"]!["id"]);
        Assert.Null(posted.Body["replyToId"]);
    }

    [Fact]
    public async Task StartConversationAsync_CreatesAConversationWithTheUser_InTheirTenant_WithTheFirstMessage()
    {
        var references = new InMemoryConversationReferenceStore();

        var created = await Messenger(references).StartConversationAsync(ConversationReference.FromActivity(Inbound())!, "Hello again.", CancellationToken.None);

        var posted = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("/v3/conversations", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        Assert.Equal("29:user-1", (string?)posted.Body["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)posted.Body["tenantId"]);
        Assert.Equal("tenant-1", (string?)posted.Body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("Hello again.", (string?)posted.Body["activity"]!["text"]);
        Assert.Equal("conversation-1", created.Id);
        Assert.NotNull(references.Find("conversation-1"));
    }

    [Fact]
    public async Task SendAsync_RefusesAConversationItHasNeverHeardFrom()
    {
        await Assert.ThrowsAsync<ConnectorException>(() =>
            Messenger(new InMemoryConversationReferenceStore()).SendAsync("a:unknown", "hi", CancellationToken.None));

        Assert.Empty(_channel.ConnectorRequests);
    }

    private ProactiveMessenger Messenger(IConversationReferenceStore references) => new(
        new ConnectorClient(new SimpleHttpClientFactory(), _tokens, Options.Create(new BotOptions { OutboundMaxRetries = 0 }), TimeProvider.System,
            NullLogger<ConnectorClient>.Instance),
        references,
        Options.Create(new BotOptions()));

    private Activity Inbound() => new()
    {
        Type = ActivityTypes.Message,
        Id = "inbound-1",
        ChannelId = "msteams",
        ServiceUrl = _channel.ServiceUrl,
        From = new ChannelAccount { Id = "29:user-1", AadObjectId = "aad-user-1" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = "tenant-1" },
    };
}
