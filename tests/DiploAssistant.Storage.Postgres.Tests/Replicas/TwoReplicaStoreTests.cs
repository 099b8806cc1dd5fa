using System.Diagnostics;
using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Replicas;

/// <summary>
/// Two stores on one database, as two server replicas hold them: what one writes (documents, removals, Direct Line
/// transcripts) the other reads at once, since neither keeps a copy of its own; a poller on one hears of an entry the other
/// appended within the polling bound. On PGlite (one connection) both share one data source.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicaStoreTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly TranscriptOptions Bounds = new();
    private readonly List<IAsyncDisposable> _opened = [];
    private PostgresDocumentStore _a = null!;
    private PostgresDocumentStore _b = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await server.CreateSchemaAsync();
        if (server.IsSingleConnection)
        {
            var shared = PostgresDataSourceFactory.Create(connectionString);
            _opened.Add(shared);
            _a = new PostgresDocumentStore(shared);
            _b = new PostgresDocumentStore(shared);
        }
        else
        {
            _a = new PostgresDocumentStore(connectionString, new KoreanTokenizer(), TimeProvider.System);
            _b = new PostgresDocumentStore(connectionString, new KoreanTokenizer(), TimeProvider.System);
        }

        _opened.Insert(0, _a);
        _opened.Insert(0, _b);
        await _a.EnsureEmbedderAsync(new EmbedderIdentity(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnArticleUploadedOnB_IsFoundOnA_AtOnce_AndGoneOnA_OnceRemovedOnB()
    {
        Assert.Empty(await _a.SearchLexicalAsync("판문점", SearchFilters.None, 5, CancellationToken.None));

        await TestDocuments.Panmunjom.StoreInAsync(_b);

        Assert.Equal("panmunjom", Assert.Single(await _a.SearchLexicalAsync("판문점", SearchFilters.None, 5, CancellationToken.None)).DocumentId);
        Assert.Equal("panmunjom", (await _a.SearchVectorAsync(TestVectors.Unit(0, 0, 1, 0), SearchFilters.None, 1, CancellationToken.None))[0].DocumentId);
        Assert.Equal((1, 1), await CountsAsync(_a));

        Assert.True(await _b.RemoveAsync("panmunjom", CancellationToken.None));

        Assert.Empty(await _a.SearchLexicalAsync("판문점", SearchFilters.None, 5, CancellationToken.None));
        Assert.Empty(await _a.SearchVectorAsync(TestVectors.Unit(0, 0, 1, 0), SearchFilters.None, 1, CancellationToken.None));
        Assert.Equal((0, 0), await CountsAsync(_a));
    }

    [Fact]
    public async Task ATranscriptStartedOnA_IsWrittenAndReadOnB_AndStartedOnlyOnce()
    {
        var a = Transcripts(_a);
        var b = Transcripts(_b);
        await a.CreateAsync("conv-a", "dl_kim", CancellationToken.None);

        Assert.Equal("dl_kim", await b.FindUserAsync("conv-a", CancellationToken.None));
        Assert.True(await b.TryStartAsync("conv-a", CancellationToken.None));
        Assert.False(await a.TryStartAsync("conv-a", CancellationToken.None));
        await a.AppendAsync("conv-a", """{"type":"message","text":"질문"}""", CancellationToken.None);
        await b.AppendAsync("conv-a", """{"type":"message","text":"답"}""", CancellationToken.None);

        var page = await a.ReadSinceAsync("conv-a", 1, CancellationToken.None);
        Assert.Equal(2, page.Watermark);
        Assert.Equal("""{"type":"message","text":"답"}""", Assert.Single(page.Entries).Payload);
    }

    [Fact]
    public async Task AppendsOnBothReplicasAtOnce_GetDistinctNumbers()
    {
        var a = Transcripts(_a);
        var b = Transcripts(_b);
        await a.CreateAsync("busy", "dl_user", CancellationToken.None);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).AppendAsync("busy", $$"""{"n":{{i}}}""", CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long?)i), numbers.Order());
        Assert.Equal(40, (await b.ReadSinceAsync("busy", 0, CancellationToken.None)).Entries.Count);
    }

    [Fact]
    public async Task APollerOnA_HearsOfAnEntryAppendedOnB_WithinThePollingBound()
    {
        var a = Transcripts(_a);
        var b = Transcripts(_b);
        await a.CreateAsync("conv", "dl_user", CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var waiting = a.WaitForNewAsync("conv", 0, TimeSpan.FromSeconds(20), CancellationToken.None);
        await Task.Delay(300);

        await b.AppendAsync("conv", "{}", CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"woke after {clock.Elapsed}");
        Assert.Equal(1, (await a.ReadSinceAsync("conv", 0, CancellationToken.None)).Watermark);
    }

    [Fact]
    public async Task APollerWithNothingNew_ReturnsWhenItsTimeoutPasses()
    {
        var a = Transcripts(_a);
        await a.CreateAsync("quiet", "dl_user", CancellationToken.None);
        var clock = Stopwatch.StartNew();

        await a.WaitForNewAsync("quiet", 0, TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
    }

    private static PostgresTranscriptStore Transcripts(PostgresDocumentStore store) => new(store, Options.Create(Bounds), TimeProvider.System);

    private static async Task<(int Documents, int Chunks)> CountsAsync(IDocumentStore store)
    {
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        return (statistics.Documents, statistics.Chunks);
    }
}
