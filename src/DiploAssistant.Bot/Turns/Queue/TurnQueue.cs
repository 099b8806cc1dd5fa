using System.Threading.Channels;
using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>
/// Turns accepted and waiting to be answered, bounded by <c>Bot:TurnQueueCapacity</c>. When it is full a message goes to a
/// small lane whose only work is telling the user the bot is busy (bounded by <c>Bot:BusyReplyCapacity</c>); when that is
/// full too the turn is refused. A flood therefore costs polite replies and, at worst, refusals — never unbounded memory.
/// </summary>
internal sealed class TurnQueue(IOptions<BotOptions> options)
{
    public const string BusyReply = "Sorry — I'm answering a lot of questions right now. Please ask again in a minute.";

    private readonly Channel<TurnContext> _turns = Channel.CreateBounded<TurnContext>(
        new BoundedChannelOptions(options.Value.TurnQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    private readonly Channel<TurnContext> _busy = Channel.CreateBounded<TurnContext>(
        new BoundedChannelOptions(options.Value.BusyReplyCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<TurnContext> Reader => _turns.Reader;

    /// <summary>Turns whose only reply is <see cref="BusyReply"/>.</summary>
    public ChannelReader<TurnContext> BusyReader => _busy.Reader;

    /// <summary>Turns waiting now (never more than <see cref="Capacity"/>).</summary>
    public int Count => _turns.Reader.Count;

    public int Capacity => options.Value.TurnQueueCapacity;

    public TurnAdmission Enqueue(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_turns.Writer.TryWrite(turn))
        {
            return TurnAdmission.Queued;
        }

        // Only a message has someone waiting for words; other activities are dropped with the refusal.
        return turn.Activity.Type == ActivityTypes.Message && _busy.Writer.TryWrite(turn) ? TurnAdmission.Busy : TurnAdmission.Refused;
    }
}
