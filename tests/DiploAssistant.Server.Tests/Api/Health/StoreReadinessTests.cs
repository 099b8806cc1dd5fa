using DiploAssistant.Server.Tests.TestDoubles;
using DiploAssistant.Web.Api.Health;

namespace DiploAssistant.Server.Tests.Api.Health;

public sealed class StoreReadinessTests
{
    private readonly FakeDocumentStore _store = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task ProbesWithinASecond_ReadTheStoreOnce()
    {
        var readiness = new StoreReadiness(_store, _clock);

        var first = await readiness.CheckAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        var second = await readiness.CheckAsync(CancellationToken.None);

        Assert.Equal(1, _store.StatisticsReads);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task AProbeAfterASecond_ReadsTheStoreAgain()
    {
        var readiness = new StoreReadiness(_store, _clock);

        await readiness.CheckAsync(CancellationToken.None);
        _clock.Advance(StoreReadiness.Freshness);
        await readiness.CheckAsync(CancellationToken.None);

        Assert.Equal(2, _store.StatisticsReads);
    }

    [Fact]
    public async Task AFailedCheck_IsNotReused_SoTheStoreComingBackIsSeenAtTheNextProbe()
    {
        var readiness = new StoreReadiness(_store, _clock);
        _store.Unavailable = true;

        await Assert.ThrowsAsync<IOException>(() => readiness.CheckAsync(CancellationToken.None));
        _store.Unavailable = false;
        var statistics = await readiness.CheckAsync(CancellationToken.None);

        Assert.Equal(2, statistics.Documents);
        Assert.Equal(2, _store.StatisticsReads);
    }

    [Fact]
    public async Task AStoreThatWentDown_IsReportedOnceTheLastGoodCheckIsASecondOld()
    {
        var readiness = new StoreReadiness(_store, _clock);
        await readiness.CheckAsync(CancellationToken.None);

        _store.Unavailable = true;
        _clock.Advance(StoreReadiness.Freshness);

        await Assert.ThrowsAsync<IOException>(() => readiness.CheckAsync(CancellationToken.None));
    }
}
