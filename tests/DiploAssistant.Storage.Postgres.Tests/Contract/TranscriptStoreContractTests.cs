using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>
/// What every transcript store promises the built-in Direct Line, written once and run against each by a subclass: entries
/// numbered from 1 and read after a watermark, one start per conversation, the entry bound, idle conversations forgotten,
/// the least recently used dropped past the conversation bound, and waiters woken by an append.
/// </summary>
public abstract class TranscriptStoreContractTests : IAsyncLifetime
{
    internal ManualTimeProvider Time { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AppendAsync_NumbersEntriesFromOne_AndReadSinceReturnsThoseAfterTheWatermark()
    {
        var transcripts = await OpenAsync(Bounds());
        await transcripts.CreateAsync("c1", "dl_user", CancellationToken.None);

        var first = await transcripts.AppendAsync("c1", """{"type":"message","text":"안녕"}""", CancellationToken.None);
        var second = await transcripts.AppendAsync("c1", """{"type":"message","text":"반갑습니다"}""", CancellationToken.None);
        var page = await transcripts.ReadSinceAsync("c1", 1, CancellationToken.None);

        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(2, page.Watermark);
        Assert.Equal("""{"type":"message","text":"반갑습니다"}""", Assert.Single(page.Entries).Payload);
        Assert.Equal(2, (await transcripts.ReadSinceAsync("c1", 0, CancellationToken.None)).Entries.Count);
    }

    [Fact]
    public async Task FindUserAsync_NamesTheUser_AndNothingForAnUnknownConversation()
    {
        var transcripts = await OpenAsync(Bounds());
        await transcripts.CreateAsync("c1", "dl_kim", CancellationToken.None);

        Assert.Equal("dl_kim", await transcripts.FindUserAsync("c1", CancellationToken.None));
        Assert.Null(await transcripts.FindUserAsync("c2", CancellationToken.None));
        Assert.Null(await transcripts.AppendAsync("c2", "{}", CancellationToken.None));
        var page = await transcripts.ReadSinceAsync("c2", 0, CancellationToken.None);
        Assert.Equal((0L, 0), (page.Watermark, page.Entries.Count));
    }

    [Fact]
    public async Task TryStartAsync_IsTrueOnlyTheFirstTime()
    {
        var transcripts = await OpenAsync(Bounds());
        await transcripts.CreateAsync("c1", "dl_user", CancellationToken.None);

        Assert.True(await transcripts.TryStartAsync("c1", CancellationToken.None));
        Assert.False(await transcripts.TryStartAsync("c1", CancellationToken.None));
        Assert.False(await transcripts.TryStartAsync("unknown", CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_KeepsOnlyTheNewestEntries_WhileNumbersKeepCounting()
    {
        var transcripts = await OpenAsync(Bounds(maxEntries: 10));
        await transcripts.CreateAsync("c1", "dl_user", CancellationToken.None);
        for (var i = 1; i <= 12; i++)
        {
            await transcripts.AppendAsync("c1", $$"""{"n":{{i}}}""", CancellationToken.None);
        }

        var page = await transcripts.ReadSinceAsync("c1", 0, CancellationToken.None);

        Assert.Equal(12, page.Watermark);
        Assert.Equal(Enumerable.Range(3, 10).Select(i => (long)i), page.Entries.Select(e => e.Sequence));
    }

    [Fact]
    public async Task AConversation_IsForgotten_WhenIdleTooLong()
    {
        var transcripts = await OpenAsync(Bounds(idleMinutes: 5));
        await transcripts.CreateAsync("c1", "dl_user", CancellationToken.None);
        await transcripts.CreateAsync("c2", "dl_user", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(4));
        await transcripts.AppendAsync("c2", "{}", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await transcripts.FindUserAsync("c1", CancellationToken.None));
        Assert.Equal("dl_user", await transcripts.FindUserAsync("c2", CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_DropsTheLeastRecentlyUsed_PastTheConversationBound()
    {
        var transcripts = await OpenAsync(Bounds(maxConversations: 2));
        await transcripts.CreateAsync("old", "dl_user", CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(1));
        await transcripts.CreateAsync("used", "dl_user", CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(1));
        await transcripts.FindUserAsync("old", CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(1));

        await transcripts.CreateAsync("new", "dl_user", CancellationToken.None);

        Assert.NotNull(await transcripts.FindUserAsync("old", CancellationToken.None));
        Assert.Null(await transcripts.FindUserAsync("used", CancellationToken.None));
        Assert.NotNull(await transcripts.FindUserAsync("new", CancellationToken.None));
    }

    [Fact]
    public async Task WaitForNewAsync_ReturnsOnceAnEntryIsAppended()
    {
        var transcripts = await OpenAsync(Bounds());
        await transcripts.CreateAsync("c1", "dl_user", CancellationToken.None);
        var waiting = transcripts.WaitForNewAsync("c1", 0, TimeSpan.FromMinutes(1), CancellationToken.None);

        await transcripts.AppendAsync("c1", "{}", CancellationToken.None);

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        await transcripts.WaitForNewAsync("c1", 0, TimeSpan.FromMinutes(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
    }

    protected abstract Task<ITranscriptStore> OpenAsync(TranscriptOptions options);

    private static TranscriptOptions Bounds(int maxConversations = 100, int idleMinutes = 60, int maxEntries = 100) =>
        new() { MaxConversations = maxConversations, IdleMinutes = idleMinutes, MaxEntriesPerConversation = maxEntries };
}
