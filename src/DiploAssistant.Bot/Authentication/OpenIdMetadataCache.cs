using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Bot.Authentication;

/// <summary>
/// Signing keys per OpenID metadata URL (metadata → <c>jwks_uri</c> → keys with endorsements), refreshed every
/// 12 hours, and on demand (an unknown key id) at most every 5 minutes — IdentityModel's ConfigurationManager defaults.
/// </summary>
internal sealed partial class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<OpenIdMetadataCache> logger)
{
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    private static readonly TimeSpan AutomaticRefresh = TimeSpan.FromHours(12);
    private static readonly TimeSpan MinimumRefresh = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<SigningKeySet> GetKeysAsync(string metadataUrl, CancellationToken cancellationToken) =>
        GetAsync(metadataUrl, AutomaticRefresh, cancellationToken);

    /// <summary>Fetches again unless the last fetch was under 5 minutes ago; returns whatever is then current.</summary>
    public Task<SigningKeySet> RefreshAsync(string metadataUrl, CancellationToken cancellationToken) =>
        GetAsync(metadataUrl, MinimumRefresh, cancellationToken);

    /// <summary>Reads the metadata document and its key set. Non-success statuses throw.</summary>
    public async Task<SigningKeySet> FetchAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = await ReadJsonAsync(client, metadataUrl, cancellationToken).ConfigureAwait(false);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUri) || jwksUri.ValueKind != JsonValueKind.String)
        {
            return SigningKeySet.Empty;
        }

        using var response = await client.GetAsync(new Uri(jwksUri.GetString()!), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var jwks = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return SigningKeySet.Parse(jwks);
    }

    private async Task<SigningKeySet> GetAsync(string metadataUrl, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(metadataUrl, _ => new Entry());
        if (entry.Keys is { } fresh && timeProvider.GetUtcNow() - entry.FetchedAt < maxAge)
        {
            return fresh;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Keys is { } keys && timeProvider.GetUtcNow() - entry.FetchedAt < maxAge)
            {
                return keys;
            }

            try
            {
                entry.Keys = await FetchAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
                entry.FetchedAt = timeProvider.GetUtcNow();
                LogFetched(metadataUrl, entry.Keys.Keys.Count);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && entry.Keys is not null)
            {
                // Keep serving the last good keys when a refresh fails; the next request retries.
                LogRefreshFailed(ex, metadataUrl);
            }

            return entry.Keys ?? SigningKeySet.Empty;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataUrl}")]
    private partial void LogFetched(string metadataUrl, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing signing keys from {MetadataUrl} failed; keeping the previous keys")]
    private partial void LogRefreshFailed(Exception exception, string metadataUrl);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public SigningKeySet? Keys { get; set; }

        public DateTimeOffset FetchedAt { get; set; }
    }
}
