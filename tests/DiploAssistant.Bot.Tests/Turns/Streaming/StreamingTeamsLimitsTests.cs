using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Authentication;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Tests.TestDoubles;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Bot.Turns.Streaming;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Turns.Streaming;

/// <summary>Teams' Stop button and streaming time limit, as a loopback connector answering like Teams reports them.</summary>
public sealed class StreamingTeamsLimitsTests : IAsyncLifetime
{
    private const string ConversationId = "a:1personal";
    private readonly ManualTimeProvider _clock = new();
    private LoopbackChannel _channel = null!;
    private MsalChannelTokenProvider _tokens = null!;
    private int _piecesRead;

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
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_SendsNothingMore_AndStopsTheModel_WhenTheUserPressesStop()
    {
        var result = await Sender().SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", Pieces(
            refuseAfter: 1, "Content stream was cancelled by user.", ("Cho Hyun ", 0), ("met Kallas ", 0), ("in Brussels ", 0), ("[1].", 0)),
            CancellationToken.None);

        Assert.True(result.Cancelled);
        Assert.Null(result.MessageId);
        // informative, one streamed update, and the refused one: no final message, no ordinary message after it.
        Assert.Equal(["typing", "typing", "typing"], Requests().Select(r => (string?)r.Body["type"]));
        Assert.Equal(2, _piecesRead);
    }

    [Fact]
    public async Task SendAsync_FinishesTheStreamedMessageInPlace_WithOnePutOfTheCheckedAnswer_WhenTeamsTimeLimitEndsTheStream()
    {
        var result = await Sender().SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", Pieces(
            refuseAfter: 1, "Content stream finished due to exceeded streaming time.", ("Cho Hyun ", 0), ("met Kallas ", 0), ("in Brussels [1].", 0)),
            CancellationToken.None);

        var requests = Requests();
        Assert.Equal(["POST", "POST", "POST", "PUT"], requests.Select(r => r.Method));
        var put = requests[^1];
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/posted-1", put.RawTarget, StringComparison.Ordinal);
        Assert.Equal("posted-1", (string?)put.Body["id"]);
        Assert.Equal("message", (string?)put.Body["type"]);
        Assert.Equal("Cho Hyun met Kallas in Brussels [1].", (string?)put.Body["text"]);
        Assert.Single(put.Body["entities"]!.AsArray()[0]!["citation"]!.AsArray());
        Assert.Equal("posted-1", result.MessageId);
        Assert.Single(requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task SendAsync_ClosesTheStreamBeforeTheTimeLimit_ThenPutsTheCheckedAnswer_WhenTheStreamGrowsOld()
    {
        var result = await Sender(maxStreamSeconds: 5).SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", Pieces(
            refuseAfter: null, null, ("Cho Hyun ", 0), ("met Kallas ", 3), ("in Brussels ", 3), ("[1].", 1)), CancellationToken.None);

        var requests = Requests();
        Assert.Equal(["POST", "POST", "POST", "POST", "PUT"], requests.Select(r => r.Method));
        var closing = requests[3].Body;
        Assert.Equal("message", (string?)closing["type"]);
        Assert.Equal("final", (string?)closing["channelData"]!["streamType"]);
        Assert.Equal("Cho Hyun met Kallas in Brussels …", (string?)closing["text"]);
        Assert.Equal("Cho Hyun met Kallas in Brussels [1].", (string?)requests[4].Body["text"]);
        Assert.Equal("posted-1", result.MessageId);
    }

    private StreamingAnswerSender Sender(double maxStreamSeconds = 100) => new(
        Options.Create(new BotOptions { StreamingIntervalSeconds = 0, MaxStreamSeconds = maxStreamSeconds }), _clock, NullLogger<StreamingAnswerSender>.Instance);

    private TurnContext TeamsTurn()
    {
        var connector = new ConnectorClient(
            new SimpleHttpClientFactory(), _tokens, Options.Create(new BotOptions { OutboundMaxRetries = 0 }), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "inbound-1",
            ChannelId = "msteams",
            ServiceUrl = _channel.ServiceUrl,
            From = new ChannelAccount { Id = "29:user-1" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
        };
        return new TurnContext(inbound, new ConnectorReplySink(connector));
    }

    /// <summary>The model's pieces; after <paramref name="refuseAfter"/> pieces Teams refuses the next streamed activity with 403 ContentStreamNotAllowed.</summary>
    private async IAsyncEnumerable<AnswerStreamUpdate> Pieces(
        int? refuseAfter, string? refusal, params (string Text, double AfterSeconds)[] pieces)
    {
        foreach (var (text, after) in pieces)
        {
            if (_piecesRead == refuseAfter)
            {
                _channel.FailConnectorWith(403, "ContentStreamNotAllowed", refusal!);
            }

            _clock.Advance(TimeSpan.FromSeconds(after));
            await Task.Yield();
            _piecesRead++;
            yield return AnswerStreamUpdate.Text(text);
        }

        var whole = string.Concat(pieces.Select(p => p.Text)).Trim();
        yield return AnswerStreamUpdate.Final(new Answer("q", true, whole, null,
        [
            new Citation(1, "doc-1", "Korea–EU strategic dialogue", "The Korea Herald", "https://news.example.test/korea-eu", "data/doc-1.txt", "2025-06-12", "Cho Hyun met Kallas.", 0.8),
        ]));
    }

    private List<(string RawTarget, string? Authorization, JsonObject Body, string Method)> Requests() => [.. _channel.ConnectorRequests];
}
