namespace DiploAssistant.Core.Articles;

/// <summary>
/// The one guarded way the product downloads anything a user named: URL loads, chat attachments, Teams files. Every request
/// has a whole-request timeout, a size cap, a bounded number of redirects and the address policy (checked after DNS
/// resolution and on every redirect).
/// </summary>
public interface IUrlFetcher
{
    /// <summary>An article page: text content types only, up to <c>Ingestion:MaxBytes</c>.</summary>
    /// <exception cref="ArticleReadException">The URL was refused or could not be fetched; the message says why (and names the URL without user info).</exception>
    Task<RawSource> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>A file (any content type) of at most <paramref name="maxBytes"/>, e.g. a chat attachment.</summary>
    /// <exception cref="ArticleReadException">The download was refused or failed; the message says why and never contains the URL (attachment URLs carry access tokens).</exception>
    Task<RawSource> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken);
}
