using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Ingestion;

/// <summary>
/// Batched ingestion through the real pipeline into each store: batches of four documents, every document atomic, a bad
/// document reported without losing the rest of its batch, re-runs changing nothing, concurrent runs leaving one version.
/// </summary>
public abstract class IngestionPipelineContractTests : IAsyncLifetime
{
    private const int BatchSize = 4;
    private readonly List<IDocumentStore> _stores = [];

    internal ManualTimeProvider Time { get; } = new();

    protected string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "diplo-batch-" + Guid.NewGuid().ToString("N"));

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(WorkDirectory))
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task IngestAsync_StoresEveryDocumentInBatches_ReportingProgressInInputOrder()
    {
        var store = await OpenAsync();
        var embedder = new FaultyEmbedder(EmbedderFault.None);
        var progress = new RecordingProgress();

        var report = await Pipeline(store, embedder).IngestAsync([Dump("ten", 10, "첫")], null, progress, CancellationToken.None);

        Assert.Equal(10, report.Added);
        Assert.Equal(Enumerable.Range(1, 10), progress.Reports.Select(p => p.Processed));
        Assert.Equal(Ids(10), progress.Reports.Select(p => p.Last.DocumentId));
        Assert.Equal(3, embedder.Calls);
        Assert.Equal(10, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task IngestAsync_ChangesNothing_WhenTheSameDumpIsIngestedAgain()
    {
        var store = await OpenAsync();
        var dump = Dump("ten", 10, "첫");
        await Pipeline(store, new FaultyEmbedder(EmbedderFault.None)).IngestAsync([dump], null, null, CancellationToken.None);
        var before = await store.ListAsync(CancellationToken.None);
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(1));
        var embedder = new FaultyEmbedder(EmbedderFault.None);

        var report = await Pipeline(store, embedder).IngestAsync([dump], null, null, CancellationToken.None);

        Assert.Equal(10, report.Unchanged);
        Assert.Equal(0, embedder.Calls);
        Assert.Equal(before, await store.ListAsync(CancellationToken.None));
        Assert.Equal(statistics, await store.GetStatisticsAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(EmbedderFault.WrongLength)]
    [InlineData(EmbedderFault.Refuses)]
    public async Task IngestAsync_StoresTheRestOfTheBatch_WhenADocumentInTheMiddleOfItFails(EmbedderFault fault)
    {
        var store = await OpenAsync();
        var bodies = Enumerable.Range(0, 6).Select(i => ArticleDump.Body(i, i == 1 ? FaultyEmbedder.Marker : "첫"));
        var dump = ArticleDump.Write(WorkDirectory, "six", bodies);

        var report = await Pipeline(store, new FaultyEmbedder(fault)).IngestAsync([dump], null, null, CancellationToken.None);

        var failed = Assert.Single(report.Items, i => i.Status == IngestionStatus.Failed);
        Assert.Equal("article-1", failed.DocumentId);
        Assert.False(string.IsNullOrEmpty(failed.Reason));
        Assert.Equal(5, report.Added);
        Assert.Equal(Ids(6).Where(id => id != "article-1"), (await store.ListAsync(CancellationToken.None)).Select(d => d.Document.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestAsync_KeepsThePreviousVersion_WhenTheNewVersionOfADocumentFails()
    {
        var store = await OpenAsync();
        await Pipeline(store, new FaultyEmbedder(EmbedderFault.None)).IngestAsync([Dump("v1", 4, "첫")], null, null, CancellationToken.None);
        var before = await store.ListAsync(CancellationToken.None);
        var bodies = Enumerable.Range(0, 4).Select(i => ArticleDump.Body(i, i == 2 ? FaultyEmbedder.Marker : "둘째"));

        var report = await Pipeline(store, new FaultyEmbedder(EmbedderFault.WrongLength))
            .IngestAsync([ArticleDump.Write(WorkDirectory, "v2", bodies)], null, null, CancellationToken.None);

        Assert.Equal([IngestionStatus.Updated, IngestionStatus.Updated, IngestionStatus.Failed, IngestionStatus.Updated], report.Items.Select(i => i.Status));
        var kept = Assert.Single(await store.ListAsync(CancellationToken.None), d => d.Document.Id == "article-2");
        Assert.Equal(before.Single(d => d.Document.Id == "article-2"), kept);
        var chunk = Assert.Single(await store.GetChunksAsync([Chunk.MakeId("article-2", 0)], CancellationToken.None));
        Assert.Contains("첫 회담", chunk.Chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentIngests_OfTheSameDocuments_LeaveOneVersionOfEach()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        var embedder = new FaultyEmbedder(EmbedderFault.None);
        await first.EnsureEmbedderAsync(embedder.Identity, CancellationToken.None);
        var editions = new[] { "첫", "둘째" };
        var dumps = editions.Select(e => Dump(e, 12, e)).ToArray();

        await Task.WhenAll(
            Task.Run(() => Pipeline(first, embedder).IngestAsync([dumps[0]], null, null, CancellationToken.None)),
            Task.Run(() => Pipeline(second, new FaultyEmbedder(EmbedderFault.None)).IngestAsync([dumps[1]], null, null, CancellationToken.None)));

        var listed = await first.ListAsync(CancellationToken.None);
        Assert.Equal(Ids(12), listed.Select(d => d.Document.Id).Order(StringComparer.Ordinal));
        var chunks = await second.ListChunksAsync(CancellationToken.None);
        Assert.Equal(chunks.Count, (await second.GetStatisticsAsync(CancellationToken.None)).Chunks);
        Assert.Equal(listed.Sum(d => d.ChunkCount), chunks.Count);
        foreach (var document in chunks.GroupBy(c => c.DocumentId))
        {
            Assert.Single(editions, e => document.All(c => c.Text.Contains($"{e} 회담", StringComparison.Ordinal)));
            Assert.Equal(Enumerable.Range(0, document.Count()), document.Select(c => c.Ordinal));
        }
    }

    /// <summary>Opens a store on the test's place; each call is another store on it, as another process would open.</summary>
    protected abstract Task<IDocumentStore> OpenStoreAsync();

    private static IEnumerable<string> Ids(int count) => Enumerable.Range(0, count).Select(i => $"article-{i}").Order(StringComparer.Ordinal);

    private async Task<IDocumentStore> OpenAsync()
    {
        var store = await OpenStoreAsync();
        _stores.Add(store);
        return store;
    }

    private string Dump(string name, int count, string edition) =>
        ArticleDump.Write(WorkDirectory, name, Enumerable.Range(0, count).Select(i => ArticleDump.Body(i, edition)));

    private static IngestionPipeline Pipeline(IDocumentStore store, FaultyEmbedder embedder)
    {
        var options = new IngestionOptions { BatchSize = BatchSize };
        var parser = new ArticleParser(options);
        var loader = new ArticleLoader(parser, new UrlFetcher(Options.Create(options)), options);
        return new IngestionPipeline(
            loader, parser, new SentenceChunker(options), embedder, embedder.Identity, store, Options.Create(options), NullLogger<IngestionPipeline>.Instance);
    }
}
