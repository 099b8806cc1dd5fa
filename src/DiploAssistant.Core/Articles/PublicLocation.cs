using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Articles;

/// <summary>
/// How a document's origin is shown on open endpoints (the HTTP API, the chat channels): never a URL's user info, never an
/// absolute path of the server's disk. Documents loaded now are stored that way already (<see cref="ArticleBuilder"/>,
/// <see cref="ArticleLoader"/>); this covers what older versions stored, without rewriting the store.
/// </summary>
public static class PublicLocation
{
    /// <summary>
    /// <paramref name="uri"/> without user info; an absolute file path (<c>/srv/data/a.txt</c>, <c>C:\data\a.txt</c>,
    /// <c>file:///srv/a.txt</c>) becomes its file name, with a dump's <c>:line</c> kept. Relative paths and web addresses stay.
    /// </summary>
    public static string Of(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var text = UrlUserInfo.Strip(uri);
        if (!IsAbsolutePath(text))
        {
            return text;
        }

        var name = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Length > 0 ? name : "(file)";
    }

    /// <summary>The document with its url and uri as <see cref="Of(string)"/> shows them.</summary>
    public static DocumentInfo Of(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Url = UrlUserInfo.StripOrNull(document.Url), Uri = Of(document.Uri) };
    }

    /// <summary>The summary with its document as <see cref="Of(DocumentInfo)"/> shows it.</summary>
    public static DocumentSummary Of(DocumentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary with { Document = Of(summary.Document) };
    }

    private static bool IsAbsolutePath(string text) =>
        text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith('/')
        || text.StartsWith('\\')
        || (text.Length >= 3 && char.IsAsciiLetter(text[0]) && text[1] == ':' && text[2] is '/' or '\\');
}
