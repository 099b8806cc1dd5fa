using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Articles.Fetching;

public sealed class UrlFetcherTests : IAsyncLifetime
{
    private readonly LoopbackHttpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FetchAsync_RefusesLoopbackAddresses_ByDefault()
    {
        _server.Respond("/a", "text/html", "<p>hello</p>");
        using var fetcher = Fetcher(allowPrivate: false);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/a"), CancellationToken.None));

        Assert.Contains("loopback, private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ReturnsBodyAndMediaType_WhenPrivateAddressesAreAllowed()
    {
        _server.Respond("/a", "text/html; charset=utf-8", "<p>안녕</p>");
        using var fetcher = Fetcher(allowPrivate: true);

        var source = await fetcher.FetchAsync(_server.Url("/a"), CancellationToken.None);

        Assert.Equal("text/html", source.MediaType);
        Assert.Equal("<p>안녕</p>", Encoding.UTF8.GetString(source.Content.Span));
    }

    [Fact]
    public async Task FetchAsync_AllowsListedHost_EvenWhenPrivateAddressesAreOff()
    {
        _server.Respond("/a", "text/plain", "text");
        var options = new IngestionOptions();
        options.AllowedHosts.Add("127.0.0.1");
        using var fetcher = new UrlFetcher(Options.Create(options));

        var source = await fetcher.FetchAsync(_server.Url("/a"), CancellationToken.None);

        Assert.Equal("text", Encoding.UTF8.GetString(source.Content.Span));
    }

    [Fact]
    public async Task FetchAsync_RefusesRedirectToMetadataAddress()
    {
        var options = new IngestionOptions();
        options.AllowedHosts.Add("127.0.0.1");
        _server.Redirect("/r", "http://169.254.169.254/latest/meta-data/");
        using var fetcher = new UrlFetcher(Options.Create(options));

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/r"), CancellationToken.None));

        Assert.Contains("169.254.169.254", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_FollowsRedirects_UpToTheLimit()
    {
        _server.Redirect("/r1", "/r2");
        _server.Redirect("/r2", "/final");
        _server.Respond("/final", "text/plain", "done");
        using var fetcher = Fetcher(allowPrivate: true, maxRedirects: 1);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/r1"), CancellationToken.None));

        Assert.Contains("more than 1 redirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesNonTextContentTypes()
    {
        _server.Respond("/img", "image/png", "PNG");
        using var fetcher = Fetcher(allowPrivate: true);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/img"), CancellationToken.None));

        Assert.Contains("image/png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesBodiesOverTheSizeCap()
    {
        _server.Respond("/big", "text/plain", new string('a', 5000));
        using var fetcher = Fetcher(allowPrivate: true, maxBytes: 2048);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/big"), CancellationToken.None));

        Assert.Contains("limit of 2048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/a.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task FetchAsync_RefusesSchemesOtherThanHttp(string url)
    {
        using var fetcher = Fetcher(allowPrivate: true);

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(new Uri(url), CancellationToken.None));

        Assert.Contains("only http and https", error.Message, StringComparison.Ordinal);
    }

    private static UrlFetcher Fetcher(bool allowPrivate, int maxRedirects = 5, long maxBytes = 1 << 20) =>
        new(Options.Create(new IngestionOptions { AllowPrivateAddresses = allowPrivate, MaxRedirects = maxRedirects, MaxBytes = maxBytes }));
}
