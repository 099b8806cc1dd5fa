using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace DiploAssistant.Core.Models;

/// <summary>
/// Microsoft Entra ID access tokens for one model connection, by MSAL: client credentials of a service principal, or the
/// host's managed identity. MSAL's token cache hands out the same token until shortly before it expires, then a new one;
/// concurrent callers share one acquisition, so a burst of requests asks the authority once. Failures become
/// <see cref="ModelUnavailableException"/> naming MSAL's error code (never a secret).
/// </summary>
internal sealed partial class EntraTokenProvider
{
    private readonly EntraOptions _options;
    private readonly string _what;
    private readonly IMsalHttpClientFactory? _httpClientFactory;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private IConfidentialClientApplication? _confidential;
    private IManagedIdentityApplication? _managedIdentity;
    private Task<AuthenticationResult>? _pending;

    /// <param name="httpClientFactory">The HTTP clients MSAL uses (tests, proxies); null for MSAL's own.</param>
    public EntraTokenProvider(EntraOptions options, string what, IMsalHttpClientFactory? httpClientFactory, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _what = what;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Task<AuthenticationResult> acquisition;
        lock (_lock)
        {
            // Not the caller's token: a shared acquisition must not fail because one caller gave up waiting for it.
            acquisition = _pending is { IsCompleted: false } pending ? pending : _pending = AcquireAsync();
        }

        var result = await acquisition.WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private async Task<AuthenticationResult> AcquireAsync()
    {
        try
        {
            var result = _options.ManagedIdentity
                ? await ManagedIdentity().AcquireTokenForManagedIdentity(Resource(_options.Scope)).ExecuteAsync().ConfigureAwait(false)
                : await Confidential().AcquireTokenForClient([_options.Scope]).ExecuteAsync().ConfigureAwait(false);
            if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
            {
                LogAcquired(_what, _options.ManagedIdentity ? "managed identity" : "client credentials", result.ExpiresOn);
            }

            return result;
        }
        catch (MsalException e)
        {
            LogFailed(_what, e.ErrorCode);
            throw new ModelUnavailableException(
                $"The {_what} is unavailable: no Microsoft Entra ID token could be obtained ({e.ErrorCode}).", e.IsRetryable, e);
        }
        catch (HttpRequestException e)
        {
            LogFailed(_what, "unreachable");
            throw new ModelUnavailableException($"The {_what} is unavailable: the Microsoft Entra ID authority could not be reached.", true, e);
        }
    }

    private IConfidentialClientApplication Confidential()
    {
        if (_confidential is null)
        {
            var builder = ConfidentialClientApplicationBuilder.Create(_options.ClientId)
                .WithClientSecret(_options.ClientSecret)
                .WithAuthority(_options.Instance.AbsoluteUri.TrimEnd('/') + "/" + _options.TenantId, _options.ValidateAuthority)
                .WithInstanceDiscovery(_options.ValidateAuthority);
            _confidential = (_httpClientFactory is null ? builder : builder.WithHttpClientFactory(_httpClientFactory)).Build();
        }

        return _confidential;
    }

    private IManagedIdentityApplication ManagedIdentity()
    {
        if (_managedIdentity is null)
        {
            var id = string.IsNullOrWhiteSpace(_options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.WithUserAssignedClientId(_options.ClientId);
            var builder = ManagedIdentityApplicationBuilder.Create(id);
            _managedIdentity = (_httpClientFactory is null ? builder : builder.WithHttpClientFactory(_httpClientFactory)).Build();
        }

        return _managedIdentity;
    }

    /// <summary>Managed identity endpoints take a resource, not a scope: the scope without its <c>/.default</c>.</summary>
    private static string Resource(string scope) => scope[..^"/.default".Length];

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Acquired a Microsoft Entra ID token for the {What} ({Credential}), valid until {ExpiresOn}")]
    private partial void LogAcquired(string what, string credential, DateTimeOffset expiresOn);

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "No Microsoft Entra ID token for the {What}: {ErrorCode}")]
    private partial void LogFailed(string what, string errorCode);
}
