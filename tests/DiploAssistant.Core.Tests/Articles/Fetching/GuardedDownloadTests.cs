using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Fetching;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Articles.Fetching;

/// <summary>The guarded fetcher's download (chat attachments) and its refusal of addresses carrying credentials.</summary>
public sealed class GuardedDownloadTests : IAsyncLifetime
{
    private readonly LoopbackHttpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DownloadAsync_RefusesLoopback_WithAReasonThatNamesNoUrl()
    {
        _server.Respond("/notes.txt?tempauth=secret-token", "text/plain", "hello");
        using var fetcher = Fetcher(new IngestionOptions());

        var error = await Assert.ThrowsAsync<ArticleReadException>(
            () => fetcher.DownloadAsync(_server.Url("/notes.txt?tempauth=secret-token"), 1024, CancellationToken.None));

        Assert.Contains("loopback, private", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tempauth", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/notes.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_TakesAnyContentType_UpToItsOwnLimit()
    {
        _server.Respond("/notes.txt", "application/octet-stream", "hello");
        _server.Respond("/big.txt", "application/octet-stream", new string('a', 3000));
        using var fetcher = Fetcher(AllowingLoopback());

        var small = await fetcher.DownloadAsync(_server.Url("/notes.txt"), 2048, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.DownloadAsync(_server.Url("/big.txt"), 2048, CancellationToken.None));

        Assert.Equal("hello", Encoding.UTF8.GetString(small.Content.Span));
        Assert.Contains("limit of 2048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_RefusesARedirectToTheMetadataAddress()
    {
        _server.Redirect("/r", "http://169.254.169.254/latest/meta-data/");
        using var fetcher = Fetcher(AllowingLoopback());

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.DownloadAsync(_server.Url("/r"), 2048, CancellationToken.None));

        Assert.Contains("169.254.169.254", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesAUrlWithAPassword_WithoutRepeatingIt()
    {
        _server.Respond("/a", "text/plain", "hello");
        using var fetcher = Fetcher(AllowingLoopback());
        var url = new Uri($"http://editor:Sup3rPw@127.0.0.1:{_server.Port}/a");

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Contains("user name or password", error.Message, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{_server.Port}/a", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sup3rPw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesARedirectToAUrlWithAPassword()
    {
        _server.Redirect("/r", $"http://editor:Sup3rPw@127.0.0.1:{_server.Port}/a");
        _server.Respond("/a", "text/plain", "hello");
        using var fetcher = Fetcher(AllowingLoopback());

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(_server.Url("/r"), CancellationToken.None));

        Assert.Contains("user name or password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sup3rPw", error.Message, StringComparison.Ordinal);
    }

    private static IngestionOptions AllowingLoopback()
    {
        var options = new IngestionOptions();
        options.AllowedHosts.Add("127.0.0.1");
        return options;
    }

    private static UrlFetcher Fetcher(IngestionOptions options) => new(Options.Create(options));
}
