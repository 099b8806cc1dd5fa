using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Watches;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>
/// What every store promises the watches, written once and run against each store by a subclass: watches are listed per
/// conversation in the order added, removed by id, claimed for a digest at most once per interval (the matches in
/// between kept for the next one), once even when two replicas claim together, and kept across reopening the store.
/// </summary>
public abstract class WatchStoreContractTests : IAsyncLifetime
{
    private const string Conversation = "a:1Xy;messageid=1700000000000";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(60);
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
    public async Task Watches_AreListedPerConversation_InTheOrderAdded_AndRemovedById()
    {
        var first = await Watches().AddAsync(Conversation, "msteams", "Korea NATO", Time.GetUtcNow(), CancellationToken.None);
        await Watches().AddAsync("dl-conversation", "directline", "반도체 협력", Time.GetUtcNow(), CancellationToken.None);
        var third = await Watches().AddAsync(Conversation, "msteams", "Kaja Kallas", Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["Korea NATO", "Kaja Kallas"], (await Watches().ListAsync(Conversation, CancellationToken.None)).Select(w => w.Query));
        Assert.Equal(3, (await Watches().ListAsync(null, CancellationToken.None)).Count);
        Assert.True(await Watches().RemoveAsync(first.Id, CancellationToken.None));
        Assert.False(await Watches().RemoveAsync(first.Id, CancellationToken.None));
        Assert.Equal([third], await Watches().ListAsync(Conversation, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimDigestAsync_ClaimsOncePerInterval_KeepingTheMatchesInBetweenForTheNextClaim()
    {
        var watch = await Watches().AddAsync(Conversation, "msteams", "Korea NATO", Time.GetUtcNow(), CancellationToken.None);

        var first = await Claim(watch, "nato-en");
        Time.Advance(TimeSpan.FromMinutes(20));
        var early = await Claim(watch, "nato-ko");
        var earlyAgain = await Claim(watch, "nato-ko", "nato-fr");
        var waiting = Assert.Single(await Watches().ListAsync(Conversation, CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(41));
        var next = await Claim(watch, "nato-de");

        Assert.Equal(["nato-en"], first);
        Assert.Null(early);
        Assert.Null(earlyAgain);
        Assert.Equal(["nato-ko", "nato-fr"], waiting.Pending);
        Assert.Equal(["nato-ko", "nato-fr", "nato-de"], next);
        var claimed = Assert.Single(await Watches().ListAsync(Conversation, CancellationToken.None));
        Assert.Equal((Time.GetUtcNow(), 0), (claimed.LastDigestAt, claimed.Pending.Count));
    }

    [Fact]
    public async Task ClaimDigestAsync_ReturnsNull_ForAWatchThatIsGone()
    {
        var watch = await Watches().AddAsync(Conversation, "msteams", "Korea NATO", Time.GetUtcNow(), CancellationToken.None);
        await Watches().RemoveAsync(watch.Id, CancellationToken.None);

        Assert.Null(await Claim(watch, "nato-en"));
    }

    [Fact]
    public async Task ClaimDigestAsync_GivesADigestToOneOfTwoClaimingAtOnce()
    {
        var watch = await Watches().AddAsync(Conversation, "msteams", "Korea NATO", Time.GetUtcNow(), CancellationToken.None);
        var other = await OpenDocumentStoreAsync();
        try
        {
            var claims = await Task.WhenAll(
                Enumerable.Range(0, 8).Select(i => Watches(i % 2 == 0 ? _store! : other)
                    .ClaimDigestAsync(watch.Id, ["nato-" + i], Time.GetUtcNow(), Time.GetUtcNow() - Interval, CancellationToken.None)));

            Assert.Single(claims, c => c is not null);
            Assert.Equal(7, Assert.Single(await Watches().ListAsync(Conversation, CancellationToken.None)).Pending.Count);
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task Watches_SurviveReopeningTheStore_WithTheirLastDigestAndWaitingMatches()
    {
        var created = Time.GetUtcNow();
        var watch = await Watches().AddAsync(Conversation, "msteams", "한-나토 협력", created, CancellationToken.None);
        await Claim(watch, "nato-en");
        var claimedAt = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(5));
        await Claim(watch, "nato-ko");
        await _store!.DisposeAsync();
        _store = null;

        _store = await OpenDocumentStoreAsync();

        Assert.Equal(
            [new Watch(watch.Id, Conversation, "msteams", "한-나토 협력", created, claimedAt, ["nato-ko"])],
            (await Watches().ListAsync(Conversation, CancellationToken.None)).Select(w => w with { Pending = [.. w.Pending] }),
            new WatchComparer());
    }

    protected abstract Task<IDocumentStore> OpenDocumentStoreAsync();

    protected abstract IWatchStore Watches(IDocumentStore store);

    private IWatchStore Watches() => Watches(_store!);

    private Task<IReadOnlyList<string>?> Claim(Watch watch, params string[] matched) =>
        Watches().ClaimDigestAsync(watch.Id, matched, Time.GetUtcNow(), Time.GetUtcNow() - Interval, CancellationToken.None);

    /// <summary>Watches compared field by field, their pending lists by content.</summary>
    private sealed class WatchComparer : IEqualityComparer<Watch>
    {
        public bool Equals(Watch? x, Watch? y) =>
            x is not null && y is not null && x with { Pending = [] } == y with { Pending = [] } && x.Pending.SequenceEqual(y.Pending);

        public int GetHashCode(Watch obj) => obj.Id.GetHashCode();
    }
}
