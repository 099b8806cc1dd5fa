using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Tests.TestDoubles;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Queue;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Tests.Turns.Queue;

public sealed class TurnQueueTests
{
    [Fact]
    public void AFloodBeyondCapacity_IsQueuedUpToTheBound_ThenGetsBusyReplies_ThenRefusals()
    {
        var queue = new TurnQueue(Options.Create(new BotOptions { TurnQueueCapacity = 5, BusyReplyCapacity = 10 }));
        var admissions = new List<TurnAdmission>();
        var longest = 0;

        for (var i = 0; i < 1000; i++)
        {
            admissions.Add(queue.Enqueue(Turn(ActivityTypes.Message, $"c{i}")));
            longest = Math.Max(longest, queue.Count);
        }

        Assert.Equal(5, longest);
        Assert.Equal(5, admissions.Count(a => a == TurnAdmission.Queued));
        Assert.Equal(10, admissions.Count(a => a == TurnAdmission.Busy));
        Assert.Equal(985, admissions.Count(a => a == TurnAdmission.Refused));
        Assert.Equal(10, queue.BusyReader.Count);
    }

    [Fact]
    public void AConversationUpdate_ThatDoesNotFit_IsRefused_NotAnsweredAsBusy()
    {
        var queue = new TurnQueue(Options.Create(new BotOptions { TurnQueueCapacity = 1, BusyReplyCapacity = 10 }));
        queue.Enqueue(Turn(ActivityTypes.Message, "c1"));

        var admission = queue.Enqueue(Turn(ActivityTypes.ConversationUpdate, "c2"));

        Assert.Equal(TurnAdmission.Refused, admission);
        Assert.Equal(0, queue.BusyReader.Count);
    }

    [Fact]
    public void ATurnTakenOffTheQueue_MakesRoomForTheNext()
    {
        var queue = new TurnQueue(Options.Create(new BotOptions { TurnQueueCapacity = 1 }));
        queue.Enqueue(Turn(ActivityTypes.Message, "c1"));
        Assert.Equal(TurnAdmission.Busy, queue.Enqueue(Turn(ActivityTypes.Message, "c2")));

        Assert.True(queue.Ready.TryRead(out var lane));
        queue.Take(lane);

        Assert.Equal(TurnAdmission.Queued, queue.Enqueue(Turn(ActivityTypes.Message, "c3")));
    }

    [Fact]
    public void AConversationsTurns_AreTakenOneAtATimeInOrder_WhileOtherConversationsGoInParallel()
    {
        var queue = new TurnQueue(Options.Create(new BotOptions { TurnQueueCapacity = 10 }));
        var first = Turn(ActivityTypes.Message, "chat-a");
        var second = Turn(ActivityTypes.Message, "chat-a");
        var other = Turn(ActivityTypes.Message, "chat-b");
        queue.Enqueue(first);
        queue.Enqueue(second);
        queue.Enqueue(other);

        Assert.True(queue.Ready.TryRead(out var laneA));
        Assert.True(queue.Ready.TryRead(out var laneB));
        Assert.False(queue.Ready.TryRead(out _)); // chat-a's second turn waits for its first
        Assert.Same(first, queue.Take(laneA));
        Assert.Same(other, queue.Take(laneB));

        queue.Release(laneA);
        Assert.True(queue.Ready.TryRead(out var again));
        Assert.Same(second, queue.Take(again));
        queue.Release(again);
        queue.Release(laneB);
        Assert.False(queue.Ready.TryRead(out _));
        Assert.Equal(0, queue.Count);
    }

    private static TurnContext Turn(string type, string conversationId) =>
        new(new Activity { Type = type, Text = "hi", Conversation = new ConversationAccount { Id = conversationId } }, new RecordingReplySink());
}
