using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DiploAssistant.Web.Articles;

/// <summary>
/// The HTML page of one stored article: title, outlet, date, its web address or where it was loaded from, and the text
/// with the cited sentence marked. Every piece of article text is HTML-encoded: an article is data, never markup.
/// </summary>
internal static class ArticlePage
{
    public const string QuoteAnchor = "quote";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(StoredArticle article, string? quote)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = article.Document;
        var korean = document.Language == "ko";
        var html = new StringBuilder(article.Text.Length * 2 + 1024);
        html.Append("<!doctype html>\n<html lang=\"").Append(korean ? "ko" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(document.Title)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"/favicon.ico\">\n")
            .Append("<style>body{font-family:system-ui,\"Noto Sans CJK KR\",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6}")
            .Append(".meta{color:#555}.text{white-space:pre-wrap}mark{background:#ffe58a;padding:0 .1em}</style>\n</head>\n<body>\n<article>\n")
            .Append("<h1>").Append(Encoder.Encode(document.Title)).Append("</h1>\n<p class=\"meta\">");
        var details = new[] { document.Source, document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => Encoder.Encode(d!));
        html.Append(string.Join(" · ", details));
        if (WebAddress(document.Url) is { } url)
        {
            html.Append(details.Any() ? " · " : string.Empty).Append("<a href=\"").Append(Encoder.Encode(url)).Append("\" rel=\"noopener noreferrer\">")
                .Append(korean ? "원문" : "Original article").Append("</a>");
        }
        else
        {
            html.Append(details.Any() ? " · " : string.Empty).Append(korean ? "불러온 파일: " : "Loaded from ")
                .Append(Encoder.Encode(Path.GetFileName(document.Uri)));
        }

        html.Append("</p>\n<div class=\"text\">");
        var span = QuoteLocator.Find(article.Text, quote);
        if (span is { } found)
        {
            html.Append(Encoder.Encode(article.Text[..found.Start]))
                .Append("<mark id=\"").Append(QuoteAnchor).Append("\">").Append(Encoder.Encode(article.Text.Substring(found.Start, found.Length))).Append("</mark>")
                .Append(Encoder.Encode(article.Text[(found.Start + found.Length)..]));
        }
        else
        {
            html.Append(Encoder.Encode(article.Text));
        }

        html.Append("</div>\n</article>\n");
        if (span is not null)
        {
            // No script runs on this page (its policy forbids it): the browser scrolls to the mark by the fragment.
            html.Append("<p class=\"meta\"><a href=\"#").Append(QuoteAnchor).Append("\">").Append(korean ? "인용문으로" : "Go to the quote").Append("</a></p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string? WebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
