using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: HS256 JWTs scoped to one conversation and user, short-lived. Web Chat reads the
/// <c>user</c> claim, so the user id travels in it.
/// </summary>
internal sealed class DirectLineTokenService
{
    private const string Issuer = "DiploAssistant.DirectLine";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string UserNameClaim = "name";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _timeProvider;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.TokenSigningKey;
        _key = new SymmetricSecurityKey(string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        _lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        _timeProvider = timeProvider;
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(string conversationId, string userId, string? userName)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [UserClaim] = userId };
        if (!string.IsNullOrEmpty(userName))
        {
            claims[UserNameClaim] = userName;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Checks an <c>Authorization</c> header (<c>Bearer &lt;token&gt;</c>) or a bare token (the stream's <c>t</c> query).</summary>
    public async Task<(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims)> ValidateAsync(string? headerOrToken)
    {
        var token = headerOrToken?.Trim();
        if (token?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        {
            token = token["Bearer ".Length..].Trim();
        }

        if (string.IsNullOrEmpty(token))
        {
            return (DirectLineTokenStatus.Missing, null);
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = false, // checked below against the injected clock, to tell "expired" from "invalid"
            RequireExpirationTime = true,
        }).ConfigureAwait(false);
        if (!result.IsValid || result.ClaimsIdentity is not { } identity)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        var conversationId = identity.FindFirst(ConversationClaim)?.Value;
        var userId = identity.FindFirst(UserClaim)?.Value;
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(userId) || result.SecurityToken is not JsonWebToken jwt)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        var expires = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        var claims = new DirectLineTokenClaims(conversationId, userId, identity.FindFirst(UserNameClaim)?.Value, expires);
        return _timeProvider.GetUtcNow() >= expires ? (DirectLineTokenStatus.Expired, claims) : (DirectLineTokenStatus.Valid, claims);
    }
}
