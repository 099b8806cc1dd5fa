using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns;

/// <summary>Turns accepted with 202 and waiting to be answered; bounded, so a flood gets 503 instead of unbounded memory.</summary>
internal sealed class TurnQueue(IOptions<BotOptions> options)
{
    private readonly Channel<TurnContext> _channel = Channel.CreateBounded<TurnContext>(
        new BoundedChannelOptions(options.Value.TurnQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<TurnContext> Reader => _channel.Reader;

    public bool TryEnqueue(TurnContext turn) => _channel.Writer.TryWrite(turn);
}
