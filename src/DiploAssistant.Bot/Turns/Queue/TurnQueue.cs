using System.Threading.Channels;
using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Turns.Queue;

/// <summary>
/// Turns accepted and waiting to be answered, bounded by <c>Bot:TurnQueueCapacity</c>, in one lane per conversation:
/// a conversation's turns are taken one at a time, in the order they came (Teams allows one streamed answer per chat, and
/// answers must not overtake each other), while different conversations go in parallel. A lane with turns waiting is
/// announced once on <see cref="Ready"/>; whoever reads it runs one turn and hands the lane back with
/// <see cref="Release"/>, so a busy chat cannot hold a worker from the others.
/// When the queue is full a message goes to a small lane whose only work is telling the user the bot is busy (bounded by
/// <c>Bot:BusyReplyCapacity</c>); when that is full too the turn is refused. A flood therefore costs polite replies and,
/// at worst, refusals — never unbounded memory.
/// </summary>
internal sealed class TurnQueue(IOptions<BotOptions> options)
{
    public const string BusyReply = "Sorry — I'm answering a lot of questions right now. Please ask again in a minute.";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ConversationLane> _lanes = new(StringComparer.Ordinal);
    private readonly Channel<ConversationLane> _ready = Channel.CreateUnbounded<ConversationLane>();
    private int _waiting;

    private readonly Channel<(TurnContext Turn, string Text)> _busy = Channel.CreateBounded<(TurnContext Turn, string Text)>(
        new BoundedChannelOptions(options.Value.BusyReplyCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>Conversations with a turn to run and nobody running one of theirs.</summary>
    public ChannelReader<ConversationLane> Ready => _ready.Reader;

    /// <summary>Turns whose only reply is a fixed text: <see cref="BusyReply"/>, or a request to slow down.</summary>
    public ChannelReader<(TurnContext Turn, string Text)> BusyReader => _busy.Reader;

    /// <summary>Turns waiting now (never more than <see cref="Capacity"/>).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _waiting;
            }
        }
    }

    public int Capacity => options.Value.TurnQueueCapacity;

    public TurnAdmission Enqueue(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        lock (_lock)
        {
            if (_waiting < Capacity)
            {
                var key = turn.Activity.Conversation?.Id ?? string.Empty;
                if (!_lanes.TryGetValue(key, out var lane))
                {
                    lane = new ConversationLane(key);
                    _lanes[key] = lane;
                }

                lane.Turns.Enqueue(turn);
                _waiting++;
                if (!lane.Running && lane.Turns.Count == 1)
                {
                    lane.Running = true;
                    _ready.Writer.TryWrite(lane);
                }

                return TurnAdmission.Queued;
            }
        }

        // Only a message has someone waiting for words; other activities are dropped with the refusal.
        return turn.Activity.Type == ActivityTypes.Message && _busy.Writer.TryWrite((turn, BusyReply)) ? TurnAdmission.Busy : TurnAdmission.Refused;
    }

    /// <summary>Queues a turn that is not answered, only told <paramref name="text"/>; false when the busy lane is full.</summary>
    public bool EnqueueReplyOnly(TurnContext turn, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        return _busy.Writer.TryWrite((turn, text));
    }

    /// <summary>The lane's next turn (a lane read from <see cref="Ready"/> always has one); it is no longer counted as waiting.</summary>
    public TurnContext Take(ConversationLane lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (_lock)
        {
            _waiting--;
            return lane.Turns.Dequeue();
        }
    }

    /// <summary>After the lane's turn ran: announces it again when more turns wait, else forgets it.</summary>
    public void Release(ConversationLane lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (_lock)
        {
            if (lane.Turns.Count > 0)
            {
                _ready.Writer.TryWrite(lane);
                return;
            }

            lane.Running = false;
            _lanes.Remove(lane.Key);
        }
    }
}
