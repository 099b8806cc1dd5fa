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

        Assert.Equal(["A", "b", "c"], results.Select(r => r.Article!.Document.Id));
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
