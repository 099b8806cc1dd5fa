using System.Net;
using DiploAssistant.Bot.Teams;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Articles;

/// <summary><c>GET /articles/{id}?quote=…</c>: the stored article a citation links to, its text escaped, the quote marked.</summary>
public sealed class ArticlePageTests : IDisposable
{
    private const string First = "Ministers met in Geneva on Monday. They agreed <b>to talk</b> again in March.";
    private const string Second = "They agreed <b>to talk</b> again in March. A joint statement followed on Tuesday.";
    private static readonly DocumentInfo Talks = new("talks#2", "Geneva <script>alert(1)</script> talks", "Example Wire", null, "/data/talks.txt", new DateOnly(2026, 3, 2), "en");
    private readonly DiploServerFactory _factory = new();

    public ArticlePageTests() =>
        // Two overlapping chunks, as the chunker stores them: the second starts inside the first.
        _factory.Store.AddArticle(Talks, (First, 0), (Second, First.IndexOf("They", StringComparison.Ordinal)));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThePage_ShowsTheStoredText_Escaped_WithTheQuoteMarked()
    {
        using var client = _factory.CreateClient();
        var link = new Uri(ArticleLink.Page(client.BaseAddress!, Talks.Id, "They agreed <b>to talk</b> again in March."));

        using var response = await client.GetAsync(link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<mark id=\"quote\">They agreed &lt;b&gt;to talk&lt;/b&gt; again in March.</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Ministers met in Geneva on Monday. <mark", html, StringComparison.Ordinal);
        Assert.Contains("</mark> A joint statement followed on Tuesday.", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "again in March"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Example Wire · 2026-03-02", html, StringComparison.Ordinal);
        Assert.Contains("Loaded from talks.txt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortenedQuote_IsMarkedToTheEndOfItsSentence()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/articles/talks%232?quote=" + Uri.EscapeDataString("Ministers met in…"), UriKind.Relative));

        Assert.Contains("<mark id=\"quote\">Ministers met in Geneva on Monday.</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownArticle_IsA404ProblemDetails()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/articles/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
