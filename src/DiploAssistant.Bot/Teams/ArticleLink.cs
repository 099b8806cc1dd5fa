using DiploAssistant.Core.Answering;

namespace DiploAssistant.Bot.Teams;

/// <summary>
/// Where a citation's link goes: the article's own web address, or for an article with none (loaded from a file) this
/// server's page of the stored article, <c>/articles/{id}?quote=…</c>, which marks the quoted sentence.
/// </summary>
public static class ArticleLink
{
    /// <summary>The server route of the article pages (the id may hold <c>/</c>).</summary>
    public const string RoutePattern = "/articles/{**id}";

    /// <summary>The most of the quote a link carries (a longer one is cut and ends with "…"): enough to find it, short enough for any link.</summary>
    public const int MaxQuoteCharacters = 200;

    /// <summary>The citation's link; null when it has no web address and the server's address is unknown.</summary>
    public static string? For(Citation citation, Uri? serverAddress)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return CitationEntityFactory.WebAddress(citation) is { } web
            ? new Uri(web).AbsoluteUri
            : serverAddress is null ? null : Page(serverAddress, citation.DocumentId, citation.Quote);
    }

    /// <summary>The absolute address of the server's page of a stored article, marking <paramref name="quote"/> when given.</summary>
    public static string Page(Uri serverAddress, string documentId, string? quote)
    {
        ArgumentNullException.ThrowIfNull(serverAddress);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var path = string.Join('/', documentId.Split('/').Select(segment => segment is "." or ".." ? segment.Replace(".", "%2E", StringComparison.Ordinal) : Uri.EscapeDataString(segment)));
        var shortened = Shorten(quote);
        // #quote: the browser scrolls to the marked sentence.
        var query = shortened.Length == 0 ? string.Empty : "?quote=" + Uri.EscapeDataString(shortened) + "#quote";
        var root = serverAddress.AbsoluteUri.EndsWith('/') ? serverAddress : new Uri(serverAddress.AbsoluteUri + "/");
        return new Uri(root, "articles/" + path + query).AbsoluteUri;
    }

    private static string Shorten(string? quote)
    {
        var text = string.Join(' ', (quote ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxQuoteCharacters)
        {
            return text;
        }

        // "…" tells the page the quote goes on: it marks to the end of the sentence.
        var cut = text.LastIndexOf(' ', MaxQuoteCharacters - 1);
        return text[..(cut > MaxQuoteCharacters / 2 ? cut : MaxQuoteCharacters - 1)] + "…";
    }
}
