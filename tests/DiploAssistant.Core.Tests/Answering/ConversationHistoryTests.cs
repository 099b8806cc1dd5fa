using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class ConversationHistoryTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 2, 11, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetRecentAsync_KeepsOnlyTheLastTurns_UpToMaxTurns()
    {
        var store = Store(new ConversationHistoryOptions { MaxTurns = 2 });
        foreach (var q in new[] { "q1", "q2", "q3" })
        {
            await store.AppendAsync("c", Turn(q), CancellationToken.None);
        }

        var turns = await store.GetRecentAsync("c", CancellationToken.None);

        Assert.Equal(["q2", "q3"], turns.Select(t => t.Question));
    }

    [Fact]
    public async Task GetRecentAsync_ForgetsTurnsOlderThanMaxAge()
    {
        var store = Store(new ConversationHistoryOptions { MaxAgeMinutes = 30 });
        await store.AppendAsync("c", Turn("old"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(31));
        await store.AppendAsync("c", Turn("new"), CancellationToken.None);

        var turns = await store.GetRecentAsync("c", CancellationToken.None);

        Assert.Equal(["new"], turns.Select(t => t.Question));
    }

    [Fact]
    public async Task GetRecentAsync_KeepsConversationsApart()
    {
        var store = Store(new ConversationHistoryOptions());
        await store.AppendAsync("a", Turn("for a"), CancellationToken.None);

        Assert.Empty(await store.GetRecentAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_DropsTheLeastRecentlyActiveConversation_BeyondMaxConversations()
    {
        var store = Store(new ConversationHistoryOptions { MaxConversations = 2 });
        await store.AppendAsync("first", Turn("1"), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await store.AppendAsync("second", Turn("2"), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await store.AppendAsync("third", Turn("3"), CancellationToken.None);

        Assert.Empty(await store.GetRecentAsync("first", CancellationToken.None));
        Assert.Single(await store.GetRecentAsync("third", CancellationToken.None));
    }

    private InMemoryConversationStore Store(ConversationHistoryOptions options) => new(Options.Create(options), _time);

    private ConversationTurn Turn(string question) => new(question, question, "answer", _time.GetUtcNow());
}
