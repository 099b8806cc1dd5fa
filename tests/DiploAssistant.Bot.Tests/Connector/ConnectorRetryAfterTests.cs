using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Connector;

/// <summary>A channel's <c>Retry-After</c> on a fake clock: waited for in full, never cut short, never past the call's deadline.</summary>
public sealed class ConnectorRetryAfterTests : IAsyncLifetime
{
    private readonly ObservedFakeTimeProvider _clock = new();
    private LoopbackChannel _channel = null!;
    private MsalChannelTokenProvider _tokens = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _tokens = new MsalChannelTokenProvider(
            Options.Create(new BotFrameworkOptions { ToChannelFromBotLoginUrl = _channel.Authority, ValidateAuthority = false }),
            new SimpleHttpClientFactory(),
            NullLogger<MsalChannelTokenProvider>.Instance);
    }

    public async Task DisposeAsync()
    {
        _tokens.Dispose();
        _clock.Waits.Dispose();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_WaitsTheWholeRetryAfter_OfThirtySeconds_BeforeTryingAgain()
    {
        _channel.FailConnectorWith(429, "Throttled", "slow down", retryAfterSeconds: 30);

        var sending = Client().SendAsync(Reply(), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(30), NextWait());
        _clock.Advance(TimeSpan.FromSeconds(29.9));
        await Task.Delay(100); // gives an early retry the chance to show itself
        Assert.Single(_channel.ConnectorRequests);
        Assert.False(sending.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("posted-2", await sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task SendAsync_FailsAtOnce_WhenTheRetryAfterWouldEndPastTheCallsDeadline()
    {
        _channel.FailConnectorWith(429, "Throttled", "slow down", retryAfterSeconds: 300);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(deadlineSeconds: 120).SendAsync(Reply(), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Single(_channel.ConnectorRequests);
    }

    private TimeSpan NextWait()
    {
        Assert.True(_clock.Waits.TryTake(out var wait, TimeSpan.FromSeconds(30)), "the client never started waiting");
        return wait;
    }

    private ConnectorClient Client(double deadlineSeconds = 120) => new(
        new SimpleHttpClientFactory(),
        _tokens,
        Options.Create(new BotOptions { OutboundRetryBaseDelaySeconds = 0.01, OutboundRetryDeadlineSeconds = deadlineSeconds }),
        _clock,
        NullLogger<ConnectorClient>.Instance);

    private Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = "The answer [1].",
        ServiceUrl = _channel.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:1personal" },
        ReplyToId = "inbound-1",
    };
}
