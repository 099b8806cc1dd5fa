using System.Text;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class ArticleParserFormatTests
{
    private readonly ArticleParser _parser = new(new IngestionOptions());

    private IReadOnlyList<LoadResult> Parse(string uri, string content, string? mediaType = null) =>
        _parser.Parse(new RawSource(uri, Encoding.UTF8.GetBytes(content), mediaType));

    [Fact]
    public void Parse_JsonLines_ReportsABadLine_AndLoadsTheRest()
    {
        const string dump = """
            {"id": "a1", "title": "Ministers meet", "body": "The foreign ministers met in Seoul on Tuesday to discuss trade.", "date": "2026/02/11", "source": "Yonhap", "url": "https://example.com/a1", "lang": "en", "section": "politics"}
            {"id": "a2", "title": "broken", "body": 
            {"id": "a3", "title": "정상회담 개최", "text": "한국과 일본 정상이 도쿄에서 만나 협력을 논의했다.", "published": "2025-06-26T09:00:00+09:00"}
            """;

        var results = Parse("dump.jsonl", dump);

        Assert.Equal(3, results.Count);
        var first = results[0].Article!;
        Assert.Equal(("a1", "Ministers meet", "Yonhap", "https://example.com/a1", "dump.jsonl:1", new DateOnly(2026, 2, 11), "en"),
            (first.Document.Id, first.Document.Title, first.Document.Source, first.Document.Url, first.Document.Uri, first.Document.Published, first.Document.Language));
        Assert.Equal("politics", first.Metadata["section"]);
        Assert.False(results[1].Succeeded);
        Assert.Equal("dump.jsonl:2", results[1].Uri);
        Assert.Contains("not valid JSON", results[1].FailureReason);
        Assert.Equal(("a3", new DateOnly(2025, 6, 26), "ko"), (results[2].Article!.Document.Id, results[2].Article!.Document.Published, results[2].Article!.Document.Language));
    }

    [Fact]
    public void Parse_JsonLines_ReportsALineWithoutBody()
    {
        var results = Parse("dump.jsonl", """{"id": "x", "title": "no body here"}""");
        Assert.Contains("no body", Assert.Single(results).FailureReason);
    }

    [Fact]
    public void Parse_JsonArray_LoadsEachArticle_AndASummaryWithoutSentenceShape()
    {
        const string json = """
            [
              {"id": "one", "title": "EU and Korea talk security", "summary": "EU and Korea hold security talks in Brussels", "date": "2024-11-04"},
              {"id": "two", "title": "Second", "body": "The second article is about a meeting of defence ministers in Kuala Lumpur."}
            ]
            """;

        var results = Parse("batch.json", json);

        Assert.Equal(["one", "two"], results.Select(r => r.Article!.Document.Id));
        Assert.Equal("EU and Korea hold security talks in Brussels", results[0].Article!.Text);
        Assert.Equal(new DateOnly(2024, 11, 4), results[0].Article!.Document.Published);
    }

    [Fact]
    public void Parse_Html_TakesTheArticle_AndDropsChrome()
    {
        const string html = """
            <html lang="en"><head><title>Site | Talks</title>
            <meta property="og:title" content="Korea and EU boost security ties">
            <meta property="og:site_name" content="Example Times">
            <meta property="article:published_time" content="2021-06-24T20:56:00+09:00">
            <link rel="canonical" href="https://example.com/2021/06/24/korea-eu">
            <script>var tracking = "Do not index this script text.";</script><style>p { color: red }</style></head>
            <body><header><nav><ul><li>National</li><li>Politics</li><li>World</li></ul></nav></header>
            <aside><h2>Most popular</h2><p>Celebrity wins an award in a surprise ceremony held yesterday.</p></aside>
            <article><h1>Korea and EU boost security ties</h1>
            <figure><img src="x.jpg"><figcaption>Officials shake hands at the meeting. Photo: Reuters</figcaption></figure>
            <p>South Korea and the European Union agreed on Thursday to strengthen defense ties during a security dialogue.</p>
            <p>The two sides discussed maritime security in the Gulf of Guinea, according to the ministry.</p>
            <form><button>Subscribe</button></form></article>
            <footer>Copyright Example Corp. All rights reserved.</footer></body></html>
            """;

        var article = Assert.Single(Parse("https://example.com/2021/06/24/korea-eu", html, "text/html; charset=utf-8")).Article!;

        Assert.Equal("Korea and EU boost security ties", article.Document.Title);
        Assert.Equal("Example Times", article.Document.Source);
        Assert.Equal(new DateOnly(2021, 6, 24), article.Document.Published);
        Assert.Equal("https://example.com/2021/06/24/korea-eu", article.Document.Url);
        Assert.StartsWith("South Korea and the European Union agreed on Thursday", article.Text);
        Assert.Contains("Gulf of Guinea", article.Text);
        foreach (var chrome in new[] { "tracking", "color", "National", "Celebrity", "shake hands", "Subscribe", "Copyright" })
        {
            Assert.DoesNotContain(chrome, article.Text);
        }
    }

    [Fact]
    public void Parse_Html_HonoursADeclaredEucKrCharset()
    {
        var provider = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("euc-kr")!;
        var html = "<html><head><meta charset=\"euc-kr\"><title>외교</title></head><body><p>외교부 장관이 브뤼셀에서 유럽연합 고위대표와 만나 협력을 논의했다.</p></body></html>";

        var result = Assert.Single(_parser.Parse(new RawSource("page.html", provider.GetBytes(html))));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Contains("브뤼셀에서 유럽연합 고위대표와 만나", result.Article!.Text);
    }

    [Fact]
    public void Parse_Markdown_StripsSyntax()
    {
        const string markdown = """
            # Seoul hosts **trade** talks

            The [trade ministers](https://example.com) met in *Seoul* on Monday to discuss supply chains and tariffs.

            - They agreed to meet again in Tokyo next spring to review progress on the agreement.
            """;

        var article = Assert.Single(Parse("notes.md", markdown)).Article!;

        Assert.Equal("Seoul hosts trade talks", article.Document.Title);
        Assert.Contains("The trade ministers met in Seoul on Monday", article.Text);
        Assert.DoesNotContain("](", article.Text);
        Assert.DoesNotContain("*", article.Text);
    }

    [Fact]
    public void Parse_AcceptsUtf8AndUtf16ByteOrderMarks()
    {
        const string text = "외교부 장관이 브뤼셀에서 유럽연합 고위대표와 만나 협력을 논의했다.";
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        Assert.Equal(text, Assert.Single(_parser.Parse(new RawSource("a.txt", utf8))).Article!.Text);
        Assert.Equal(text, Assert.Single(_parser.Parse(new RawSource("b.txt", utf16))).Article!.Text);
    }
}
