using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Ingestion;

/// <summary>A document's id comes from its origin: nothing loaded overwrites another input's document, and one input is one document however it is named.</summary>
public sealed class DocumentIdentityTests : IAsyncLifetime
{
    private const string Seoul = "The foreign ministers met in Seoul on Tuesday to discuss trade and security cooperation.";
    private const string Tokyo = "The defence ministers met in Tokyo on Friday and agreed to hold joint drills next year.";

    private readonly TemporaryDirectory _directory = new();
    private readonly HashingEmbedder _embedder = new();
    private readonly IngestionOptions _options = new();
    private SqliteDocumentStore _store = null!;

    private string Files => Path.Combine(_directory.Path, "files");

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
    public async Task IngestAsync_KeepsOneDocument_WhenTheSameFileIsNamedByRelativeAndAbsolutePaths()
    {
        var path = Write("news/seoul.txt", Seoul);

        var first = await IngestAsync(path);
        var second = await IngestAsync(Path.GetRelativePath(Environment.CurrentDirectory, path));

        Assert.Equal(IngestionStatus.Added, Assert.Single(first.Items).Status);
        Assert.Equal(IngestionStatus.Unchanged, Assert.Single(second.Items).Status);
        Assert.Equal("seoul", Assert.Single(await _store.ListAsync(CancellationToken.None)).Document.Id);
    }

    [Fact]
    public async Task IngestAsync_ReportsUnchanged_WhenAFolderIsLoadedAgainByAnotherName()
    {
        Write("data/a.txt", Seoul);
        Write("data/b.txt", Tokyo);
        await IngestAsync(Path.Combine(Files, "data"));

        var again = await IngestAsync(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Files, "data")) + "/");

        Assert.All(again.Items, i => Assert.Equal(IngestionStatus.Unchanged, i.Status));
        Assert.Equal(["data/a.txt", "data/b.txt"], (await _store.ListAsync(CancellationToken.None)).Select(d => d.Document.Uri).Order());
    }

    [Fact]
    public async Task IngestAsync_StoresTwoDocuments_ForNotesTxtAndNotesMd()
    {
        var report = await IngestAsync(Write("notes.txt", Seoul), Write("notes.md", Tokyo));

        Assert.Equal(2, report.Added);
        Assert.Equal(1, report.AddedAsNew);
        await AssertStoredAsync("Seoul", "Tokyo");
    }

    [Fact]
    public async Task IngestAsync_StoresTwoDocuments_ForTheSameNameInTwoFolders_AndSaysWhichWasAddedBeside()
    {
        Write("a/notes.txt", Seoul);
        Write("b/notes.txt", Tokyo);

        var report = await IngestAsync(Files);
        var again = await IngestAsync(Files);

        var beside = Assert.Single(report.Items, i => i.Status == IngestionStatus.AddedAsNew);
        Assert.Matches("^notes-[0-9a-f]{8}$", beside.DocumentId);
        Assert.Contains("'notes'", beside.Reason, StringComparison.Ordinal);
        Assert.All(again.Items, i => Assert.Equal(IngestionStatus.Unchanged, i.Status));
        await AssertStoredAsync("Seoul", "Tokyo");
    }

    [Fact]
    public async Task IngestAsync_UpdatesTheSameFile_WhenItsContentChanges()
    {
        var path = Write("seoul.txt", Seoul);
        await IngestAsync(path);
        File.WriteAllText(path, Tokyo);

        var report = await IngestAsync(path);

        Assert.Equal(IngestionStatus.Updated, Assert.Single(report.Items).Status);
        await AssertStoredAsync("Tokyo");
    }

    [Fact]
    public async Task IngestAsync_StoresAnUploadBesideAnotherOfTheSameName_UnlessAskedToReplace()
    {
        var first = await UploadAsync("article.txt", Seoul, replace: false);
        var second = await UploadAsync("article.txt", Tokyo, replace: false);
        var repeated = await UploadAsync("article.txt", Tokyo, replace: false);

        Assert.Equal(IngestionStatus.Added, Assert.Single(first.Items).Status);
        Assert.Equal(IngestionStatus.AddedAsNew, Assert.Single(second.Items).Status);
        Assert.Equal(IngestionStatus.Unchanged, Assert.Single(repeated.Items).Status);
        await AssertStoredAsync("Seoul", "Tokyo");

        var replaced = await UploadAsync("article.txt", "The trade ministers met in Jakarta on Monday to sign a supply chain pact.", replace: true);

        var item = Assert.Single(replaced.Items);
        Assert.Equal(IngestionStatus.Updated, item.Status);
        Assert.Equal("article", item.DocumentId);
        Assert.Equal(2, (await _store.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task IngestAsync_UsesTheUploadNameAlone_WithoutPathsOrControlCharacters()
    {
        var report = await Pipeline().IngestAsync(new RawSource("../../etc/evil\0na\r\nme#1.txt", Encoding.UTF8.GetBytes(Seoul)), CancellationToken.None);

        var item = Assert.Single(report.Items);
        Assert.Equal("evil na  me#1.txt", item.Uri);
        Assert.Equal("evil na  me-1", item.DocumentId);
        Assert.True(await _store.RemoveAsync(item.DocumentId!, CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_RecognisesADocumentAnEarlierVersionStored_AndMigratesItWithoutADuplicate()
    {
        var path = Write("data/seoul.txt", Seoul);
        var other = Write("elsewhere/seoul.txt", Tokyo);
        await IngestAsync(path);
        await StoreAsEarlierVersionAsync("seoul", Path.GetFullPath(path), Seoul);

        var migrated = await IngestAsync(path);
        var stranger = await IngestAsync(other);

        var item = Assert.Single(migrated.Items);
        Assert.Equal((IngestionStatus.Updated, "seoul"), (item.Status, item.DocumentId));
        Assert.Contains("earlier version", item.Reason, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.AddedAsNew, Assert.Single(stranger.Items).Status);
        Assert.Equal(IngestionStatus.Unchanged, Assert.Single((await IngestAsync(path)).Items).Status);
        await AssertStoredAsync("Seoul", "Tokyo");
    }

    /// <summary>Rewrites a stored document as the version before origins stored it: its uri as given, a hash with no origin tag.</summary>
    private async Task StoreAsEarlierVersionAsync(string id, string uri, string text)
    {
        var article = Assert.Single(new ArticleParser(_options).Parse(new RawSource("seoul.txt", Encoding.UTF8.GetBytes(text)))).Article!;
        var legacyHash = new ContentHasher(_options, _embedder.Identity).LegacyHash(article, uri);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "store", SqliteDocumentStore.FileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET content_hash = $hash, uri = $uri WHERE id = $id";
        command.Parameters.AddWithValue("$hash", legacyHash);
        command.Parameters.AddWithValue("$uri", uri);
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>One stored document per word, each found by searching for it.</summary>
    private async Task AssertStoredAsync(params string[] words)
    {
        Assert.Equal(words.Length, (await _store.ListAsync(CancellationToken.None)).Count);
        foreach (var word in words)
        {
            Assert.NotEmpty(await _store.SearchLexicalAsync(word, SearchFilters.None, 10, CancellationToken.None));
        }
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(Files, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<IngestionReport> IngestAsync(params string[] paths) => Pipeline().IngestAsync(paths, null, null, CancellationToken.None);

    private Task<IngestionReport> UploadAsync(string name, string text, bool replace)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Pipeline().IngestAsync(new RawSource(name, bytes) { Origin = DocumentOrigin.ForUpload(name, bytes, replace) }, CancellationToken.None);
    }

    private IngestionPipeline Pipeline()
    {
        var parser = new ArticleParser(_options);
        var loader = new ArticleLoader(parser, new UrlFetcher(Options.Create(_options)), _options);
        return new IngestionPipeline(
            loader, parser, new SentenceChunker(_options), _embedder, _embedder.Identity, _store, Options.Create(_options), NullLogger<IngestionPipeline>.Instance);
    }
}
