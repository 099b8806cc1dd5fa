using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiploAssistant.Core.Articles.Metadata;

namespace DiploAssistant.Core.Articles.Formats;

/// <summary>Reads an HTML page: metadata from meta tags, then the text of the main content (article, main, or the block with most paragraph text) without chrome.</summary>
internal sealed class HtmlPageReader
{
    private const string ChromeSelector =
        "script, style, noscript, template, nav, aside, footer, header, form, figure, figcaption, iframe, svg, canvas, button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], [hidden]";

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "address", "body",
    };

    public HtmlPage Read(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var hints = new PageHints(
            Title: Meta(document, "meta[property='og:title']", "meta[name='twitter:title']") ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title")),
            Source: Meta(document, "meta[property='og:site_name']", "meta[name='application-name']"),
            Url: document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") is { Length: > 0 } canonical ? canonical : Meta(document, "meta[property='og:url']"),
            Published: DateText.Find(Meta(document, "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']", "meta[name='pubdate']", "meta[name='date']", "meta[name='publish-date']")
                ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime")
                ?? Text(document.QuerySelector("time"))),
            Language: document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null);

        foreach (var chrome in document.QuerySelectorAll(ChromeSelector).ToList())
        {
            chrome.Remove();
        }

        var root = MainContent(document);
        var builder = new StringBuilder();
        AppendText(root, builder);
        return new HtmlPage(builder.ToString(), hints);
    }

    private static IElement MainContent(IDocument document)
    {
        var article = document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault();
        if (article is not null)
        {
            return article;
        }

        var main = document.QuerySelector("main, [role=main]");
        if (main is not null)
        {
            return main;
        }

        // The densest block: the element whose own paragraphs hold the most text.
        var densest = document.QuerySelectorAll("div, section, td")
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length)))
            .OrderByDescending(x => x.Length)
            .FirstOrDefault();
        return densest.Length > 0 ? densest.Element : document.Body ?? document.DocumentElement;
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                builder.Append(child.TextContent.Replace('\n', ' ').Replace('\r', ' '));
            }
            else if (child is IElement element)
            {
                var block = BlockElements.Contains(element.LocalName);
                if (block)
                {
                    builder.Append(element.LocalName is "br" or "li" or "tr" or "dt" or "dd" ? "\n" : "\n\n");
                }

                AppendText(element, builder);
                if (block && element.LocalName != "br")
                {
                    builder.Append(element.LocalName is "li" or "tr" or "dt" or "dd" ? "\n" : "\n\n");
                }
            }
        }
    }

    private static string? Meta(IDocument document, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            if (document.QuerySelector(selector)?.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static string? Text(IElement? element) =>
        element?.TextContent is { } text && !string.IsNullOrWhiteSpace(text) ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
}
