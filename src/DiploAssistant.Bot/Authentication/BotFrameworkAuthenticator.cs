using System.Security.Claims;
using DiploAssistant.Bot.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DiploAssistant.Bot.Authentication;

/// <summary>
/// Authenticates inbound <c>/api/messages</c> requests as the Bot Framework SDK does (spec §1): channel tokens from
/// Azure Bot Service and Emulator tokens, validated against OpenID metadata; anonymous only when no app id is configured.
/// </summary>
internal sealed partial class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    OpenIdMetadataCache metadata,
    TimeProvider timeProvider,
    ILogger<BotFrameworkAuthenticator> logger)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return settings.AuthenticationEnabled ? Refuse("no Authorization header") : Anonymous(activity);
        }

        if (!settings.AuthenticationEnabled)
        {
            // A header is always validated; with no app id configured there is nothing it could match.
            return Refuse("an Authorization header was sent but no MicrosoftAppId is configured");
        }

        var token = JwtTokenClassifier.TryReadBearer(authorizationHeader);
        if (token is null)
        {
            return Refuse("the Authorization header is not 'Bearer <jwt>'");
        }

        if (JwtTokenClassifier.IsSkillToken([.. token.Claims]))
        {
            return Refuse("skill tokens are not accepted");
        }

        return JwtTokenClassifier.IsEmulatorIssuer(token.Issuer, TenantEmulatorIssuers(settings))
            ? await ValidateEmulatorTokenAsync(token, settings, cancellationToken).ConfigureAwait(false)
            : await ValidateChannelTokenAsync(token, activity, settings, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(
        JsonWebToken token, Activity activity, BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        var (identity, keys, failure) = await ValidateSignedTokenAsync(
            token.EncodedToken, settings.ChannelMetadataUrl, [settings.ChannelIssuer], cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return Refuse(failure!);
        }

        var audience = identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value;
        if (string.IsNullOrEmpty(audience) || !string.Equals(audience, settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            return Refuse("the audience is not MicrosoftAppId");
        }

        if (token.Kid is not { } kid || !keys.Endorsements.TryGetValue(kid, out var endorsements))
        {
            return Refuse("the signing key carries no endorsements");
        }

        if (!EndorsementsValidator.Validate(activity.ChannelId, endorsements))
        {
            return Refuse($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        if (activity.ServiceUrl is not null)
        {
            var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
            if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse("the serviceurl claim does not match the activity's serviceUrl");
            }
        }

        return BotAuthenticationResult.Success(identity);
    }

    private async Task<BotAuthenticationResult> ValidateEmulatorTokenAsync(JsonWebToken token, BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        var issuers = AuthenticationConstants.EmulatorIssuers.Concat(TenantEmulatorIssuers(settings));
        var (identity, _, failure) = await ValidateSignedTokenAsync(
            token.EncodedToken, settings.EmulatorMetadataUrl, issuers, cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return Refuse(failure!);
        }

        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var requiredClaim = version switch
        {
            null or "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (requiredClaim is null)
        {
            return Refuse($"unknown Emulator token version '{version}'");
        }

        var appId = identity.FindFirst(requiredClaim)?.Value;
        if (string.IsNullOrEmpty(appId) || !string.Equals(appId, settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            return Refuse($"the Emulator token's {requiredClaim} is not MicrosoftAppId");
        }

        return BotAuthenticationResult.Success(identity);
    }

    private async Task<(ClaimsIdentity? Identity, SigningKeySet Keys, string? Failure)> ValidateSignedTokenAsync(
        string token, string metadataUrl, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        SigningKeySet keys;
        try
        {
            keys = await metadata.GetKeysAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException or UriFormatException)
        {
            LogMetadataUnavailable(ex, metadataUrl);
            return (null, SigningKeySet.Empty, "signing keys are unavailable");
        }

        var parameters = CreateParameters(issuers, keys);
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key rotation: fetch the metadata again (at most every 5 minutes) and retry once.
            keys = await metadata.RefreshAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
            result = await _handler.ValidateTokenAsync(token, CreateParameters(issuers, keys)).ConfigureAwait(false);
        }

        return result.IsValid
            ? (result.ClaimsIdentity, keys, null)
            : (null, keys, result.Exception?.GetType().Name ?? "invalid token");
    }

    private TokenValidationParameters CreateParameters(IEnumerable<string> issuers, SigningKeySet keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = [.. issuers],
        ValidateAudience = false, // checked by the caller: channel tokens need aud == app id, Emulator tokens carry appid/azp
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
        TryAllIssuerSigningKeys = false,
        LifetimeValidator = IsWithinLifetime,
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } end && end.ToUniversalTime() >= now - ClockSkew
            && (notBefore is not { } start || start.ToUniversalTime() <= now + ClockSkew);
    }

    /// <summary>A single-tenant bot's own tenant issuers, which the Emulator uses for such bots (spec §1.4, without the SDK's static mutation).</summary>
    private static IEnumerable<string> TenantEmulatorIssuers(BotFrameworkOptions settings)
    {
        if (settings.AppType == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId))
        {
            return [];
        }

        var tenant = settings.MicrosoftAppTenantId.Trim();
        return [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0", $"https://login.microsoftonline.us/{tenant}/v2.0"];
    }

    private static BotAuthenticationResult Anonymous(Activity activity)
    {
        var identity = new ClaimsIdentity(AuthenticationConstants.AnonymousAuthType);
        if (string.Equals(activity.ChannelId, "emulator", StringComparison.OrdinalIgnoreCase)
            && string.Equals(activity.Recipient?.Role, "skill", StringComparison.OrdinalIgnoreCase))
        {
            identity.AddClaim(new Claim(AuthenticationConstants.AppIdClaim, AuthenticationConstants.AnonymousSkillAppId));
        }

        return BotAuthenticationResult.Success(identity);
    }

    private BotAuthenticationResult Refuse(string reason)
    {
        LogRefused(reason);
        return BotAuthenticationResult.Fail(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound Bot Framework request: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata at {MetadataUrl} could not be read")]
    private partial void LogMetadataUnavailable(Exception exception, string metadataUrl);
}
