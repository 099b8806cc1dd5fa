using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articles-loader-").FullName;
    private readonly FakeFetcher _fetcher = new();
    private readonly IngestionOptions _options = new() { MaxBytes = 2048 };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ArticleLoader Loader() => new(new ArticleParser(_options), _fetcher, _options);

    private async Task<List<LoadResult>> LoadAsync(string pathOrUrl, string? source = null)
    {
        var results = new List<LoadResult>();
        await foreach (var result in Loader().LoadAsync(pathOrUrl, source, CancellationToken.None))
        {
            results.Add(result);
        }

        return results;
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private const string Story = "The foreign ministers met in Seoul on Tuesday to discuss trade and security.";

    [Fact]
    public async Task LoadAsync_ReadsAFolderRecursively_InOrdinalOrder_SkippingHiddenAndUnsupported()
    {
        Write("b.txt", Story);
        Write("A.md", Story);
        Write("sub/c.txt", Story);
        Write(".hidden.txt", Story);
        Write(".git/d.txt", Story);
        Write("image.png", "not text");

        var results = await LoadAsync(_folder);

        Assert.Equal(["A", "b", "c"], results.Where(r => r.Succeeded).Select(r => r.Article!.Document.Id));
        var skipped = Assert.Single(results, r => !r.Succeeded);
        Assert.True(skipped.IsSkipped);
        Assert.Contains("unsupported file type '.png'", skipped.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ShowsFilesRelativeToTheFolderNamed_NeverAsFullPaths()
    {
        Write("sub/c.txt", Story);
        var name = Path.GetFileName(_folder);

        var inFolder = Assert.Single(await LoadAsync(_folder));
        var alone = Assert.Single(await LoadAsync(Path.Combine(_folder, "sub", "c.txt")));

        Assert.Equal($"{name}/sub/c.txt", inFolder.Article!.Document.Uri);
        Assert.Equal("c.txt", alone.Article!.Document.Uri);
    }

    [Fact]
    public async Task LoadAsync_StreamsADumpLargerThanTheFileLimit_ApplyingTheLimitToEachLine()
    {
        var lines = Enumerable.Range(1, 40).Select(i => i == 7
            ? $$"""{"id": "big", "title": "Too big", "body": "{{new string('x', 3000)}}"}"""
            : i == 9 ? """{"id": "broken", "body": """ : $$"""{"id": "item-{{i}}", "title": "Talks {{i}}", "body": "{{Story}} Round {{i}}."}""");
        var path = Write("dump.jsonl", string.Join('\n', lines));
        Assert.True(new FileInfo(path).Length > _options.MaxBytes);

        var results = await LoadAsync(path);

        Assert.Equal(38, results.Count(r => r.Succeeded));
        Assert.Contains("line 7 is too large", Assert.Single(results, r => r.Uri == "dump.jsonl:7").FailureReason, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Assert.Single(results, r => r.Uri == "dump.jsonl:9").FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_StreamsAJsonArray_ItemByItem_KeepingTheItemsBeforeABrokenOne()
    {
        // 300 items (about 40 KB); malformed JSON after them ends the array: what was read before the last buffer is kept.
        var items = Enumerable.Range(1, 300).Select(i => $$"""{"title": "Talks {{i}}", "body": "{{Story}} Round {{i}}."}""");
        var path = Write("dump.json", "[" + string.Join(",\n", items) + ", {\"body\": ]");
        Assert.True(new FileInfo(path).Length > _options.MaxBytes);

        var results = await LoadAsync(path);

        var stored = results.Where(r => r.Succeeded).Select(r => r.Article!.Document.Id).ToList();
        Assert.InRange(stored.Count, 200, 300);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => $"dump-{i}"), stored);
        Assert.Contains("not valid JSON", results[^1].FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RefusesASingleArticleJsonFile_OverTheFileLimit()
    {
        var path = Write("one.json", $$"""{"title": "One", "body": "{{new string('a', 4000)}}"}""");
        Assert.Contains("too large", Assert.Single(await LoadAsync(path)).FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RefusesABinaryDump_AsAWhole()
    {
        var path = Path.Combine(_folder, "binary.jsonl");
        File.WriteAllBytes(path, [.. "{\"body\": \"a\"}\n"u8, 0, 0, 0, 1, 2]);
        Assert.Contains("binary", Assert.Single(await LoadAsync(path)).FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RefusesAnOversizedFile_WithoutReadingIt()
    {
        var path = Write("big.txt", new string('a', 4000));
        Assert.Contains("too large", Assert.Single(await LoadAsync(path)).FailureReason);
    }

    [Fact]
    public async Task LoadAsync_ReportsAMissingPath() =>
        Assert.Contains("not found", Assert.Single(await LoadAsync(Path.Combine(_folder, "nope.txt"))).FailureReason);

    [Fact]
    public async Task LoadAsync_RefusesAFileWithAnUnsupportedExtension() =>
        Assert.Contains("unsupported file type", Assert.Single(await LoadAsync(Write("x.docx", Story))).FailureReason);

    [Theory]
    [InlineData("ftp://example.com/a.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task LoadAsync_RefusesNonHttpSchemes(string url)
    {
        Assert.Equal("only http and https URLs can be loaded", Assert.Single(await LoadAsync(url)).FailureReason);
        Assert.Empty(_fetcher.Requested);
    }

    [Fact]
    public async Task LoadAsync_FetchesAUrl_AndAppliesTheSourceName()
    {
        _fetcher.Response = url => new RawSource(url.AbsoluteUri, Encoding.UTF8.GetBytes("<html><body><article><p>" + Story + "</p></article></body></html>"), "text/html");

        var article = Assert.Single(await LoadAsync("https://www.example.com/news/2026/talks.html", "Example News")).Article!;

        Assert.Equal("example.com-news-2026-talks", article.Document.Id);
        Assert.Equal("Example News", article.Document.Source);
        Assert.Equal("https://www.example.com/news/2026/talks.html", article.Document.Url);
    }

    [Fact]
    public async Task LoadAsync_TurnsAFetcherRefusal_IntoAFailedResult()
    {
        _fetcher.Response = _ => throw new ArticleReadException("the address resolves to a private network");
        var result = Assert.Single(await LoadAsync("https://intranet.local/a"));
        Assert.Equal("the address resolves to a private network", result.FailureReason);
    }

    [Fact]
    public async Task LoadAsync_NamesTheAddressOnce_WhenTheFetcherReasonStartsWithIt()
    {
        _fetcher.Response = url => throw new ArticleReadException($"{url}: no complete answer within 20 s.");
        var result = Assert.Single(await LoadAsync("https://example.com/slow"));
        Assert.Equal(("https://example.com/slow", "no complete answer within 20 s."), (result.Uri, result.FailureReason));
    }

    private sealed class FakeFetcher : IUrlFetcher
    {
        public Func<Uri, RawSource> Response { get; set; } = url => throw new ArticleReadException("no response configured");

        public List<Uri> Requested { get; } = [];

        public Task<RawSource> FetchAsync(Uri url, CancellationToken cancellationToken)
        {
            Requested.Add(url);
            return Task.FromResult(Response(url));
        }

        public Task<RawSource> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken) => FetchAsync(url, cancellationToken);
    }
}
