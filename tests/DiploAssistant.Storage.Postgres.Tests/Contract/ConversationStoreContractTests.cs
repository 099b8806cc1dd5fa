using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>
/// What every store's conversation history promises, written once and run against each store by a subclass:
/// turns come back in order, within <see cref="ConversationHistoryOptions.MaxTurns"/> and
/// <see cref="ConversationHistoryOptions.MaxAgeMinutes"/> (enforced on write, not only on read), one conversation never
/// sees another's, and the history survives reopening the store.
/// </summary>
public abstract class ConversationStoreContractTests : IAsyncLifetime
{
    private IDocumentStore? _store;

    internal ManualTimeProvider Time { get; } = new();

    public virtual async Task InitializeAsync() => _store = await OpenDocumentStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetRecentAsync_ReturnsNothing_ForAConversationNeverSeen()
    {
        var history = History(Bounds());

        Assert.Empty(await history.GetRecentAsync("19:never-seen@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentAsync_ReturnsTheTurnsAsWritten_OldestFirst()
    {
        var history = History(Bounds());
        var first = Turn("한미 2+2 회의는 언제 열렸나?", "2+2 dialogue [1].");
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = Turn("그 회의에서 무엇에 합의했나?", "They agreed on deterrence [1].", standalone: "한미 2+2 회의에서 무엇에 합의했나?");
        await history.AppendAsync("a:1Xy", first, CancellationToken.None);
        await history.AppendAsync("a:1Xy", second, CancellationToken.None);

        var turns = await history.GetRecentAsync("a:1Xy", CancellationToken.None);

        Assert.Equal([first, second], turns);
    }

    [Fact]
    public async Task GetRecentAsync_ReturnsTheDocumentsEachAnswerCited()
    {
        var history = History(Bounds());
        var cited = Turn("차기 2+2 대화는 어디서 열리나?", "헤이그 [1] … [2].") with { CitedDocuments = ["002_db910010b746ffbf", "page.html#2"] };
        var declined = Turn("Who is the king?", "The loaded articles don't say.");
        await history.AppendAsync("a:1Xy", cited, CancellationToken.None);
        await history.AppendAsync("a:1Xy", declined, CancellationToken.None);

        var turns = await history.GetRecentAsync("a:1Xy", CancellationToken.None);

        Assert.Equal(["002_db910010b746ffbf", "page.html#2"], turns[0].CitedDocuments);
        Assert.Empty(turns[1].CitedDocuments);
    }

    [Fact]
    public async Task AppendAsync_DeletesTheOldestTurns_BeyondMaxTurns()
    {
        var history = History(Bounds(maxTurns: 2));
        for (var i = 1; i <= 4; i++)
        {
            await history.AppendAsync("conversation", Turn($"question {i}", $"answer {i}"), CancellationToken.None);
        }

        var kept = await history.GetRecentAsync("conversation", CancellationToken.None);
        var stored = await History(Bounds(maxTurns: 100)).GetRecentAsync("conversation", CancellationToken.None);

        Assert.Equal(["question 3", "question 4"], kept.Select(t => t.Question));
        Assert.Equal(["question 3", "question 4"], stored.Select(t => t.Question));
    }

    [Fact]
    public async Task GetRecentAsync_ForgetsTurns_OlderThanMaxAge()
    {
        var history = History(Bounds(maxAgeMinutes: 30));
        await history.AppendAsync("conversation", Turn("old question", "old answer"), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(20));
        await history.AppendAsync("conversation", Turn("recent question", "recent answer"), CancellationToken.None);

        Time.Advance(TimeSpan.FromMinutes(11));
        var afterThirtyOneMinutes = await history.GetRecentAsync("conversation", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(20));
        var afterFiftyOneMinutes = await history.GetRecentAsync("conversation", CancellationToken.None);

        Assert.Equal(["recent question"], afterThirtyOneMinutes.Select(t => t.Question));
        Assert.Empty(afterFiftyOneMinutes);
    }

    [Fact]
    public async Task AppendAsync_DeletesExpiredTurns_OfEveryConversation()
    {
        var history = History(Bounds(maxAgeMinutes: 30));
        await history.AppendAsync("idle conversation", Turn("forgotten question", "forgotten answer"), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(31));

        await history.AppendAsync("active conversation", Turn("new question", "new answer"), CancellationToken.None);
        var patient = History(Bounds(maxAgeMinutes: 7 * 24 * 60));

        Assert.Empty(await patient.GetRecentAsync("idle conversation", CancellationToken.None));
        Assert.Single(await patient.GetRecentAsync("active conversation", CancellationToken.None));
    }

    [Fact]
    public async Task Conversations_NeverSeeEachOthersTurns_WhateverTheirIds()
    {
        var history = History(Bounds());
        string[] ids =
        [
            "a:1Xy;messageid=1700000000000",
            "a:1Xy",
            "A:1XY",
            "19:meeting_abc@thread.v2",
            "29:1abc@unq.gbl.spaces;x",
            "%",
            "_",
            "' OR '1'='1",
            "대화 1",
            "",
        ];
        foreach (var id in ids)
        {
            await history.AppendAsync(id, Turn($"question of <{id}>", $"answer of <{id}>"), CancellationToken.None);
        }

        foreach (var id in ids)
        {
            var turn = Assert.Single(await history.GetRecentAsync(id, CancellationToken.None));
            Assert.Equal($"question of <{id}>", turn.Question);
        }

        Assert.Empty(await history.GetRecentAsync("a:1", CancellationToken.None));
        Assert.Empty(await history.GetRecentAsync("a:1Xy ", CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_RemembersNothing_WhenMaxTurnsIsZero()
    {
        var history = History(Bounds(maxTurns: 0));
        await history.AppendAsync("conversation", Turn("question", "answer"), CancellationToken.None);

        var stored = await History(Bounds()).GetRecentAsync("conversation", CancellationToken.None);

        Assert.Empty(await history.GetRecentAsync("conversation", CancellationToken.None));
        Assert.Empty(stored);
    }

    [Fact]
    public async Task TheHistory_SurvivesReopeningTheStore()
    {
        var history = History(Bounds());
        var turn = Turn("조현 장관은 누구를 만났나?", "칼라스 고위대표 [1].");
        await history.AppendAsync("19:meeting_abc@thread.v2", turn, CancellationToken.None);
        await _store!.DisposeAsync();
        _store = null;
        Time.Advance(TimeSpan.FromMinutes(5));

        _store = await OpenDocumentStoreAsync();
        var reopened = History(Bounds());

        Assert.Equal([turn], await reopened.GetRecentAsync("19:meeting_abc@thread.v2", CancellationToken.None));
    }

    /// <summary>Opens the store under test (the same data on every call within a test).</summary>
    protected abstract Task<IDocumentStore> OpenDocumentStoreAsync();

    /// <summary>The store's conversation history, bounded by <paramref name="options"/> and reading <see cref="Time"/>.</summary>
    protected abstract IConversationStore History(IDocumentStore store, ConversationHistoryOptions options);

    private IConversationStore History(ConversationHistoryOptions options) =>
        History(_store ?? throw new InvalidOperationException("The store is not open."), options);

    private static ConversationHistoryOptions Bounds(int maxTurns = 6, int maxAgeMinutes = 30) =>
        new() { MaxTurns = maxTurns, MaxAgeMinutes = maxAgeMinutes };

    private ConversationTurn Turn(string question, string answer, string? standalone = null) =>
        new(question, standalone ?? question, answer, Time.GetUtcNow());
}
