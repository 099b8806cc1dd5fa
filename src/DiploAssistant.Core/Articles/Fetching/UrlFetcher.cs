using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using DiploAssistant.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Articles.Fetching;

/// <summary>
/// The guarded fetcher (<see cref="IUrlFetcher"/>): fetches an article page or a chat attachment over http(s) with the ingestion limits: whole-request timeout, size cap, text content types only,
/// a bounded number of redirects (each one re-checked), and connections only to allowed addresses. The address check happens
/// when the socket connects, after DNS resolution, so a name that resolves to a private address (or re-resolves to one) is refused too.
/// </summary>
public sealed class UrlFetcher : IUrlFetcher, IDisposable
{
    private static readonly string[] TextMediaTypes =
    [
        "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
        "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines",
    ];

    private readonly IngestionOptions _options;
    private readonly AddressPolicy _policy;
    private readonly HttpClient _client;

    public UrlFetcher(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _policy = new AddressPolicy(_options.AllowPrivateAddresses, _options.AllowedHosts);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("DiploAssistant/1.0 (+article loader)");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, text/plain, text/markdown, application/json;q=0.9, */*;q=0.1");
    }

    public Task<RawSource> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return GuardedAsync(url, _options.MaxBytes, textOnly: true, nameUrl: true, cancellationToken);
    }

    public Task<RawSource> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return GuardedAsync(url, Math.Min(maxBytes, _options.MaxBytes), textOnly: false, nameUrl: false, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The fetch with its timeout; failures become <see cref="ArticleReadException"/>s naming the URL (without user info) or not at all.</summary>
    private async Task<RawSource> GuardedAsync(Uri url, long maxBytes, bool textOnly, bool nameUrl, CancellationToken cancellationToken)
    {
        var prefix = nameUrl ? UrlUserInfo.Strip(url.OriginalString) + ": " : string.Empty;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.FetchTimeoutSeconds));
        try
        {
            return await FetchFollowingRedirectsAsync(url, maxBytes, textOnly, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleReadException($"{prefix}no complete answer within {_options.FetchTimeoutSeconds} s.");
        }
        catch (ArticleReadException ex)
        {
            throw new ArticleReadException(prefix + ex.Message, ex);
        }
        catch (HttpRequestException ex) when (ex.InnerException is ArticleReadException refused)
        {
            throw new ArticleReadException(prefix + refused.Message, ex);
        }
        catch (HttpRequestException ex)
        {
            // The handler's message may name the URL; only its error kind is passed on.
            throw new ArticleReadException($"{prefix}could not be fetched ({Describe(ex)}).", ex);
        }
    }

    private async Task<RawSource> FetchFollowingRedirectsAsync(Uri url, long maxBytes, bool textOnly, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            EnsureLoadable(current);
            using var response = await _client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (redirects >= _options.MaxRedirects)
                {
                    throw new ArticleReadException($"more than {_options.MaxRedirects} redirects.");
                }

                current = response.Headers.Location is { } location
                    ? new Uri(current, location)
                    : throw new ArticleReadException("a redirect without a Location header.");
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ArticleReadException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var mediaType = textOnly ? CheckMediaType(response.Content.Headers.ContentType) : response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            var body = await ReadCappedAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
            return new RawSource(current.AbsoluteUri, body, mediaType);
        }
    }

    /// <summary>http(s) only, and never with user info: it would be stored and shown with the article (and .NET would not send it anyway).</summary>
    private static void EnsureLoadable(Uri url)
    {
        if (!WebAddress.IsHttp(url))
        {
            throw new ArticleReadException("only http and https URLs can be loaded.");
        }

        if (url.UserInfo.Length > 0)
        {
            throw new ArticleReadException(
                "the address carries a user name or password; such addresses are not loaded (they would be stored and shown with the article). Remove the part before '@'.");
        }
    }

    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError => "no connection could be made",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
        HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse => "the server's answer was cut off or invalid",
        HttpRequestError.ProxyTunnelError => "the proxy refused the connection",
        _ => "the connection failed",
    };

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string? CheckMediaType(MediaTypeHeaderValue? contentType)
    {
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        if (mediaType is null || TextMediaTypes.Contains(mediaType))
        {
            return mediaType;
        }

        throw new ArticleReadException($"the content type {mediaType} is not an article (expected HTML, text, markdown or JSON).");
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > max)
        {
            throw new ArticleReadException($"{content.Headers.ContentLength} bytes is more than the limit of {max} bytes.");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new ArticleReadException($"the body is larger than the limit of {max} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (!_policy.IsHostAlwaysAllowed(host))
        {
            var refused = addresses.FirstOrDefault(a => !_policy.IsAllowed(a));
            if (refused is not null || addresses.Length == 0)
            {
                throw new ArticleReadException(
                    $"{host} resolves to {refused?.ToString() ?? "no address"}, a loopback, private, link-local or reserved address; " +
                    "loading from such addresses is off (Ingestion:AllowPrivateAddresses or Ingestion:AllowedHosts).");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Connect to the addresses just checked, never to a fresh resolution of the name (DNS rebinding).
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
