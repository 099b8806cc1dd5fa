namespace DiploAssistant.Core.Articles;

/// <summary>Fetches one http(s) URL with the ingestion limits (timeouts, size cap, content type, redirects, address policy).</summary>
public interface IUrlFetcher
{
    /// <exception cref="ArticleReadException">The URL was refused or could not be fetched; the message says why.</exception>
    Task<RawSource> FetchAsync(Uri url, CancellationToken cancellationToken);
}
