using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Proactive;
using DiploAssistant.Bot.Tests.TestDoubles;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Text.Tokens;
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
        var references = References(new InMemoryConversationAddressStore());
        await references.SaveAsync(ConversationReference.FromActivity(Inbound())!, CancellationToken.None);

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
    public async Task SendAnswerAsync_PostsTheDigestAsANewMessage_WithItsCitationsAndNoFeedbackButtons()
    {
        var references = References(new InMemoryConversationAddressStore());
        var reference = ConversationReference.FromActivity(Inbound())!;
        var answer = new Answer("Korea NATO", true, "New articles for your watch “Korea NATO” (1):\n\n- South Korea and NATO agreed to expand cyber defence cooperation. — The Korea Herald, 2026-03-05 [1]", null,
            [new Citation(1, "nato-en", "South Korea deepens NATO partnership", "The Korea Herald", "https://example.org/nato-en", "test:nato-en", "2026-03-05",
                "South Korea and NATO agreed to expand cyber defence cooperation.", 0.5)]);

        var id = await Messenger(references).SendAnswerAsync(reference, answer, null, CancellationToken.None);

        Assert.Equal("posted-1", id);
        var posted = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        Assert.EndsWith("2026-03-05 [1]", (string?)posted.Body["text"], StringComparison.Ordinal);
        Assert.Equal(("28:bot", "29:user-1", "tenant-1"), ((string?)posted.Body["from"]!["id"], (string?)posted.Body["recipient"]!["id"], (string?)posted.Body["conversation"]!["tenantId"]));
        Assert.Null(posted.Body["replyToId"]);
        Assert.Null(posted.Body["channelData"]);
        var claim = Assert.Single(posted.Body["entities"]![0]!["citation"]!.AsArray())!;
        Assert.Equal("https://example.org/nato-en", (string?)claim["appearance"]!["url"]);
    }

    [Fact]
    public async Task StartConversationAsync_CreatesAConversationWithTheUser_InTheirTenant_WithTheFirstMessage()
    {
        var references = References(new InMemoryConversationAddressStore());

        var created = await Messenger(references).StartConversationAsync(ConversationReference.FromActivity(Inbound())!, "Hello again.", CancellationToken.None);

        var posted = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("/v3/conversations", posted.RawTarget);
        Assert.Equal("Bearer loopback-token-1", posted.Authorization);
        Assert.Equal("29:user-1", (string?)posted.Body["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)posted.Body["tenantId"]);
        Assert.Equal("tenant-1", (string?)posted.Body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("Hello again.", (string?)posted.Body["activity"]!["text"]);
        Assert.Equal("conversation-1", created.Id);
        Assert.NotNull(await references.FindAsync("conversation-1", CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_RefusesAConversationItHasNeverHeardFrom()
    {
        await Assert.ThrowsAsync<ConnectorException>(() =>
            Messenger(References(new InMemoryConversationAddressStore())).SendAsync("a:unknown", "hi", CancellationToken.None));

        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task SendAsync_ReachesAConversationHeardFromBeforeARestart_ItsReferenceKeptInTheStore()
    {
        var directory = Path.Combine(Path.GetTempPath(), "diplo-references-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var before = new SqliteDocumentStore(directory, new KoreanTokenizer(), TimeProvider.System))
            {
                await References(new SqliteConversationAddressStore(before)).SaveAsync(ConversationReference.FromActivity(Inbound())!, CancellationToken.None);
            }

            await using var after = new SqliteDocumentStore(directory, new KoreanTokenizer(), TimeProvider.System);
            var references = References(new SqliteConversationAddressStore(after));
            var id = await Messenger(references).SendAsync(ConversationId, "A watched topic has a new article.", CancellationToken.None);

            Assert.Equal("posted-1", id);
            var posted = Assert.Single(_channel.ConnectorRequests);
            Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities", posted.RawTarget);
            Assert.Equal("Bearer loopback-token-1", posted.Authorization);
            Assert.Equal("29:user-1", (string?)posted.Body["recipient"]!["id"]);
            var kept = Assert.Single(await references.ListAsync(CancellationToken.None));
            Assert.Equal((ConversationId, "msteams", _channel.ServiceUrl, "28:bot", "29:user-1", "tenant-1", "personal"),
                (kept.ConversationId, kept.ChannelId, kept.ServiceUrl, kept.Bot.Id, kept.User?.Id, kept.TenantId, kept.ConversationType));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static StoredConversationReferenceStore References(IConversationAddressStore addresses) => new(addresses, TimeProvider.System);

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
