using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Ingestion;

/// <summary>Listeners (watches) hear of each load once, after it is stored, with the documents it added or changed.</summary>
public sealed class IngestionListenerTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly IngestionOptions _options = new();
    private readonly RecordingListener _listener = new();
    private SqliteDocumentStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(Path.Combine(_directory.Path, "store"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task AFolderIngest_IsOneLoad_EvenInSeveralStoreBatches_NamingEveryStoredDocument_AfterTheyAreStored()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory.Path, "files")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "seoul.txt"), "Ministers met in Seoul\n\nThe foreign ministers met in Seoul on Tuesday to discuss trade.");
        await File.WriteAllTextAsync(Path.Combine(folder, "tokyo.txt"), "Ministers met in Tokyo\n\nThe defence ministers met in Tokyo on Friday and agreed to hold drills.");
        var pipeline = Pipeline(batchSize: 1);

        var report = await pipeline.IngestAsync([folder], null, null, CancellationToken.None);

        var batch = Assert.Single(_listener.Batches);
        Assert.Equal(report.Items.Select(i => i.DocumentId).Order(), batch.DocumentIds.Order());
        Assert.Equal(2, _listener.DocumentsStoredAtCall);
    }

    [Fact]
    public async Task AnUpload_IsHeardOf_ButTheSameUploadAgainChangesNothing_AndIsNot()
    {
        var pipeline = Pipeline();
        var upload = new RawSource("brief.txt", Encoding.UTF8.GetBytes("Talks in Brussels\n\nThe ministers met in Brussels on Monday to discuss security."));

        await pipeline.IngestAsync(upload, CancellationToken.None);
        await pipeline.IngestAsync(upload, CancellationToken.None);

        Assert.Single(Assert.Single(_listener.Batches).DocumentIds);
    }

    [Fact]
    public async Task AListenerThatFails_CostsTheLoadNothing()
    {
        var pipeline = Pipeline(listeners: [new FailingListener(), _listener]);

        var report = await pipeline.IngestAsync(
            new RawSource("brief.txt", Encoding.UTF8.GetBytes("Talks in Brussels\n\nThe ministers met in Brussels on Monday.")), CancellationToken.None);

        Assert.Equal(1, report.Added);
        Assert.Single(_listener.Batches);
    }

    private IngestionPipeline Pipeline(int? batchSize = null, IIngestionListener[]? listeners = null)
    {
        var options = batchSize is { } size ? new IngestionOptions { BatchSize = size } : _options;
        var parser = new ArticleParser(options);
        var loader = new ArticleLoader(parser, new UrlFetcher(Options.Create(options)), options);
        var embedder = new HashingEmbedder();
        _listener.Store = _store;
        return new IngestionPipeline(
            loader, parser, new SentenceChunker(options), embedder, embedder.Identity, _store, Options.Create(options), NullLogger<IngestionPipeline>.Instance,
            listeners: listeners ?? [_listener]);
    }

    private sealed class RecordingListener : IIngestionListener
    {
        public List<LoadedBatch> Batches { get; } = [];

        public SqliteDocumentStore? Store { get; set; }

        public int DocumentsStoredAtCall { get; private set; }

        public async Task OnLoadedAsync(LoadedBatch batch, CancellationToken cancellationToken)
        {
            Batches.Add(batch);
            DocumentsStoredAtCall = (await Store!.GetStatisticsAsync(cancellationToken)).Documents;
        }
    }

    private sealed class FailingListener : IIngestionListener
    {
        public Task OnLoadedAsync(LoadedBatch batch, CancellationToken cancellationToken) => throw new InvalidOperationException("listener down");
    }
}
