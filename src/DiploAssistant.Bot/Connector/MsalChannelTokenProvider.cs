using DiploAssistant.Bot.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace DiploAssistant.Bot.Connector;

/// <summary>
/// Outbound tokens by MSAL (spec §2.1): client credentials for MultiTenant (botframework.com authority) and SingleTenant
/// (the bot's tenant), a user-assigned managed identity for UserAssignedMSI. One MSAL app per process keeps its token
/// cache; acquisition is serialised so a burst of replies asks the authority once.
/// </summary>
internal sealed partial class MsalChannelTokenProvider(
    IOptions<BotFrameworkOptions> options,
    IHttpClientFactory httpClientFactory,
    ILogger<MsalChannelTokenProvider> logger) : IChannelTokenProvider, IDisposable
{
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConfidentialClientApplication? _confidential;
    private IManagedIdentityApplication? _managedIdentity;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return null;
        }

        if (!await _gate.WaitAsync(GateTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException("Timed out waiting to acquire a Bot Connector token.");
        }

        try
        {
            var result = settings.AppType == BotAppType.UserAssignedMSI
                ? await ManagedIdentity(settings)
                    .AcquireTokenForManagedIdentity(settings.OAuthScope[..^"/.default".Length])
                    .ExecuteAsync(cancellationToken).ConfigureAwait(false)
                : await Confidential(settings)
                    .AcquireTokenForClient([settings.OAuthScope])
                    .ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
            {
                LogAcquired(settings.AppType, result.ExpiresOn);
            }

            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private IConfidentialClientApplication Confidential(BotFrameworkOptions settings) =>
        _confidential ??= ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(settings.LoginAuthority, settings.ValidateAuthority)
            .WithInstanceDiscovery(settings.ValidateAuthority)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();

    private IManagedIdentityApplication ManagedIdentity(BotFrameworkOptions settings) =>
        _managedIdentity ??= ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId))
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Acquired a Bot Connector token ({AppType}), valid until {ExpiresOn}")]
    private partial void LogAcquired(BotAppType appType, DateTimeOffset expiresOn);
}
