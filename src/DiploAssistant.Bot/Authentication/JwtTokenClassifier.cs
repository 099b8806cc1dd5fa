using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DiploAssistant.Bot.Authentication;

/// <summary>Reads an unvalidated token to decide how to validate it (spec §1.2 step 3).</summary>
internal static class JwtTokenClassifier
{
    /// <summary>True when the header is <c>Bearer &lt;jwt&gt;</c> and the jwt's issuer is an Emulator issuer.</summary>
    public static bool IsTokenFromEmulator(string? authorizationHeader, IEnumerable<string>? extraEmulatorIssuers = null)
    {
        var token = TryReadBearer(authorizationHeader);
        return token is not null && IsEmulatorIssuer(token.Issuer, extraEmulatorIssuers);
    }

    public static bool IsEmulatorIssuer(string? issuer, IEnumerable<string>? extraEmulatorIssuers = null) =>
        issuer is not null
        && (AuthenticationConstants.EmulatorIssuers.Contains(issuer, StringComparer.Ordinal)
            || (extraEmulatorIssuers?.Contains(issuer, StringComparer.Ordinal) ?? false));

    /// <summary>A skill token: has <c>ver</c>, an audience other than the channel's, and an app id that differs from it.</summary>
    public static bool IsSkillToken(IReadOnlyCollection<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (!claims.Any(c => c.Type == AuthenticationConstants.VersionClaim))
        {
            return false;
        }

        var audience = claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value;
        if (string.IsNullOrEmpty(audience)
            || string.Equals(audience, AuthenticationConstants.PublicChannelIssuer, StringComparison.OrdinalIgnoreCase)
            || string.Equals(audience, AuthenticationConstants.GovChannelIssuer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var appId = GetAppIdFromClaims(claims);
        return !string.IsNullOrEmpty(appId) && !string.Equals(appId, audience, StringComparison.Ordinal);
    }

    /// <summary><c>ver</c> 1.0 or absent → <c>appid</c>; 2.0 → <c>azp</c>; anything else → null.</summary>
    public static string? GetAppIdFromClaims(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims as IReadOnlyCollection<Claim> ?? [.. claims];
        var version = list.FirstOrDefault(c => c.Type == AuthenticationConstants.VersionClaim)?.Value;
        return version switch
        {
            null or "" or "1.0" => list.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value,
            "2.0" => list.FirstOrDefault(c => c.Type == AuthenticationConstants.AuthorizedPartyClaim)?.Value,
            _ => null,
        };
    }

    /// <summary>The jwt of an exactly-<c>Bearer &lt;jwt&gt;</c> header, or null when the header or token is malformed.</summary>
    public static JsonWebToken? TryReadBearer(string? authorizationHeader)
    {
        if (authorizationHeader is null)
        {
            return null;
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
