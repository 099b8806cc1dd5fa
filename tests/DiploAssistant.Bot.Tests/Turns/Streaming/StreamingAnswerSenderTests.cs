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

/// <summary>Teams streaming (spec §4.4) through the real connector client to a loopback Bot Connector.</summary>
public sealed class StreamingAnswerSenderTests : IAsyncLifetime
{
    private const string ConversationId = "a:1personal";
    private const string AnswerText = "조현 장관은 브뤼셀에서 칼라스 고위대표와 만났다 [1].";
    private readonly ManualTimeProvider _clock = new();
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
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_StartsInformative_StreamsTheTextSoFarAtMostOncePerInterval_ThenSendsTheFinalMessageWithCitations()
    {
        var turn = TeamsTurn();

        // Deltas at 0 s, 0.5 s, 1.1 s and 1.3 s: with a 1 s interval only the one at 1.1 s goes out, carrying all three so far.
        var answer = await Sender(intervalSeconds: 1).SendAsync(turn, "조현 장관은 어디서 칼라스를 만났나?", Deltas(
            ("조현 장관은 ", 0), ("브뤼셀에서 ", 0.5), ("칼라스 고위대표와 ", 0.6), ("만났다 [1].", 0.2)), CancellationToken.None);

        var sent = Bodies();
        Assert.Equal(3, sent.Count);
        Assert.Equal(AnswerText, answer.Answer!.Text);

        var informative = sent[0];
        Assert.Equal("typing", (string?)informative["type"]);
        Assert.Equal("불러온 기사에서 찾고 있습니다…", (string?)informative["text"]);
        Assert.Equal(
            new JsonObject { ["type"] = "streaminfo", ["streamType"] = "informative", ["streamSequence"] = 1 }.ToJsonString(),
            StreamInfo(informative)!.ToJsonString());
        Assert.Equal("informative", (string?)informative["channelData"]!["streamType"]);

        var streaming = sent[1];
        Assert.Equal("typing", (string?)streaming["type"]);
        Assert.Equal("조현 장관은 브뤼셀에서 칼라스 고위대표와", (string?)streaming["text"]);
        Assert.Equal(
            new JsonObject { ["type"] = "streaminfo", ["streamId"] = "posted-1", ["streamType"] = "streaming", ["streamSequence"] = 2 }.ToJsonString(),
            StreamInfo(streaming)!.ToJsonString());
        Assert.Equal("posted-1", (string?)streaming["channelData"]!["streamId"]);
        Assert.Equal(2, (int)streaming["channelData"]!["streamSequence"]!);

        var final = sent[2];
        Assert.Equal("message", (string?)final["type"]);
        Assert.Equal(AnswerText, (string?)final["text"]);
        Assert.Equal(
            new JsonObject { ["type"] = "streaminfo", ["streamId"] = "posted-1", ["streamType"] = "final" }.ToJsonString(),
            StreamInfo(final)!.ToJsonString());
        Assert.Equal("final", (string?)final["channelData"]!["streamType"]);
        Assert.Equal("default", (string?)final["channelData"]!["feedbackLoop"]!["type"]);
        var message = Assert.Single(final["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Equal("AIGeneratedContent", (string?)message["additionalType"]![0]);
        Assert.Equal(1, (int)Assert.Single(message["citation"]!.AsArray())!["position"]!);
        Assert.All(_channel.ConnectorRequests, r => Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/inbound-1", r.RawTarget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NumbersEveryUpdate_AndReusesTheStreamId_WhenEveryPieceMayGoOut()
    {
        await Sender(intervalSeconds: 0).SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", Deltas(("Cho Hyun ", 0), ("met Kallas ", 0), ("in Brussels [1].", 0)), CancellationToken.None);

        var sent = Bodies();
        Assert.Equal(["typing", "typing", "typing", "typing", "message"], sent.Select(a => (string?)a["type"]));
        Assert.Equal([1, 2, 3, 4], sent.Take(4).Select(a => (int)StreamInfo(a)!["streamSequence"]!));
        Assert.Equal(["Searching the loaded articles…", "Cho Hyun", "Cho Hyun met Kallas", "Cho Hyun met Kallas in Brussels [1]."], sent.Take(4).Select(a => (string?)a["text"]));
        Assert.Null(StreamInfo(sent[0])!["streamId"]);
        Assert.All(sent.Skip(1), a => Assert.Equal("posted-1", (string?)StreamInfo(a)!["streamId"]));
        Assert.Null(StreamInfo(sent[4])!["streamSequence"]);
    }

    [Fact]
    public async Task SendAsync_EscapesStreamedText_AsItEscapesTheFinalMessage_SoAHostileArticleNeverRendersLive()
    {
        await Sender(intervalSeconds: 0).SendAsync(
            TeamsTurn(), "What did the page say?", Deltas(("<img src=x onerror=alert(1)> ", 0), ("[click](javascript:alert(1)) **now** [1].", 0)), CancellationToken.None);

        var sent = Bodies();
        var streamed = (string?)sent[^2]["text"];
        Assert.Equal(@"&lt;img src=x onerror=alert(1)&gt; \[click\](javascript:alert(1)) \*\*now\*\* [1].", streamed);
        Assert.Equal(streamed, (string?)sent[^1]["text"]);
    }

    [Fact]
    public async Task SendAsync_StopsStreaming_AndSendsTheAnswerAsAnOrdinaryMessage_WhenTeamsRefusesAnUpdateWith403()
    {
        var answer = await Sender(intervalSeconds: 0).SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", DeltasRefusingTheFirstUpdate(
            403, ("Cho Hyun ", 0), ("met Kallas ", 0), ("in Brussels [1].", 0)), CancellationToken.None);

        var sent = Bodies();
        Assert.Equal(["typing", "typing", "message"], sent.Select(a => (string?)a["type"]));
        Assert.Equal("streaming", (string?)StreamInfo(sent[1])!["streamType"]); // the refused one
        var final = sent[2];
        Assert.Equal(answer.Answer!.Text, (string?)final["text"]);
        Assert.Null(StreamInfo(final));
        Assert.Null(final["channelData"]!["streamId"]);
        Assert.Equal("default", (string?)final["channelData"]!["feedbackLoop"]!["type"]);
        Assert.Single(final["entities"]!.AsArray()[0]!["citation"]!.AsArray());
    }

    [Fact]
    public async Task SendAsync_SendsOneOrdinaryMessage_WhenEvenTheInformativeStartIsRefused()
    {
        _channel.FailConnectorWith(403);

        await Sender(intervalSeconds: 0).SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", Deltas(("Cho Hyun met Kallas [1].", 0)), CancellationToken.None);

        var sent = Bodies();
        Assert.Equal(["typing", "message"], sent.Select(a => (string?)a["type"]));
        Assert.Null(StreamInfo(sent[1]));
    }

    [Fact]
    public async Task SendAsync_RepeatsTheInformativeUpdate_UntilTheModelWritesItsFirstWords()
    {
        var sender = new StreamingAnswerSender(
            Options.Create(new BotOptions { StreamingIntervalSeconds = 0, TypingIntervalSeconds = 0.5 }), _clock, NullLogger<StreamingAnswerSender>.Instance);

        await sender.SendAsync(TeamsTurn(), "Where did Cho Hyun meet Kallas?", SlowToStart(informativeUpdates: 3), CancellationToken.None);

        var sent = Bodies();
        Assert.Equal(["informative", "informative", "informative", "streaming", "final"], sent.Select(a => (string?)StreamInfo(a)!["streamType"]));
        Assert.Equal([1, 2, 3, 4], sent.Take(4).Select(a => (int)StreamInfo(a)!["streamSequence"]!));
        Assert.All(sent.Take(3), a => Assert.Equal("Searching the loaded articles…", (string?)a["text"]));
        Assert.All(sent.Skip(1), a => Assert.Equal("posted-1", (string?)StreamInfo(a)!["streamId"]));
    }

    private StreamingAnswerSender Sender(double intervalSeconds) =>
        new(Options.Create(new BotOptions { StreamingIntervalSeconds = intervalSeconds }), _clock, NullLogger<StreamingAnswerSender>.Instance);

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

    /// <summary>The model's pieces, each after the clock moved by its delay, then the validated answer.</summary>
    private async IAsyncEnumerable<AnswerStreamUpdate> Pieces(
        (string Text, double AfterSeconds)[] pieces, int? refuseFirstUpdateWith, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Runs after the informative start was accepted: the next request is the first streaming update.
        if (refuseFirstUpdateWith is { } status)
        {
            _channel.FailConnectorWith(status);
        }

        foreach (var (text, after) in pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _clock.Advance(TimeSpan.FromSeconds(after));
            await Task.Yield();
            yield return AnswerStreamUpdate.Text(text);
        }

        var whole = string.Concat(pieces.Select(p => p.Text)).Trim();
        yield return AnswerStreamUpdate.Final(new Answer("q", true, whole, null,
        [
            new Citation(1, "doc-1", "Korea–EU strategic dialogue", "The Korea Herald", "https://news.example.test/korea-eu", "data/doc-1.txt", "2025-06-12", "Cho Hyun met Kallas.", 0.8),
        ]));
    }

    /// <summary>A model that writes nothing until the connector has seen that many informative updates (retrieval, a slow first token).</summary>
    private async IAsyncEnumerable<AnswerStreamUpdate> SlowToStart(int informativeUpdates, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (_channel.ConnectorRequests.Count < informativeUpdates)
        {
            await Task.Delay(20, timeout.Token);
        }

        await foreach (var update in Deltas(("Cho Hyun met Kallas in Brussels [1].", 0)).WithCancellation(cancellationToken))
        {
            yield return update;
        }
    }

    private IAsyncEnumerable<AnswerStreamUpdate> Deltas(params (string Text, double AfterSeconds)[] pieces) => Pieces(pieces, null);

    private IAsyncEnumerable<AnswerStreamUpdate> DeltasRefusingTheFirstUpdate(int status, params (string Text, double AfterSeconds)[] pieces) =>
        Pieces(pieces, status);

    private List<JsonObject> Bodies() => [.. _channel.ConnectorRequests.Select(r => r.Body)];

    private static JsonObject? StreamInfo(JsonObject activity) =>
        activity["entities"]?.AsArray().SingleOrDefault(e => (string?)e!["type"] == "streaminfo")?.AsObject();
}
