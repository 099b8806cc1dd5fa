using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>
/// Stands in for login.botframework.com and the Emulator's authority on loopback: OpenID metadata and JWKS (with
/// endorsements) for locally generated RSA keys, and a token factory signing with them.
/// </summary>
internal sealed class BotFrameworkIdentityServer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private readonly List<(RsaSecurityKey Key, string[]? Endorsements)> _channelKeys = [];
    private readonly List<RsaSecurityKey> _emulatorKeys = [];
    private LoopbackServer? _server;

    public int MetadataRequests { get; private set; }

    public string ChannelMetadataUrl => new Uri(_server!.BaseAddress, "channel/.well-known/openidconfiguration").AbsoluteUri;

    public string EmulatorMetadataUrl => new Uri(_server!.BaseAddress, "emulator/.well-known/openid-configuration").AbsoluteUri;

    public static async Task<BotFrameworkIdentityServer> StartAsync()
    {
        var identity = new BotFrameworkIdentityServer();
        identity.AddChannelKey("channel-key", "msteams", "webchat", "directline", "emulator");
        identity.AddChannelKey("unendorsed-key", null);
        identity._emulatorKeys.Add(NewKey("emulator-key"));
        identity._server = await LoopbackServer.StartAsync(identity.Map);
        return identity;
    }

    public RsaSecurityKey AddChannelKey(string kid, params string[]? endorsements)
    {
        var key = NewKey(kid);
        _channelKeys.Add((key, endorsements));
        return key;
    }

    public RsaSecurityKey ChannelKey(string kid) => _channelKeys.Single(k => k.Key.KeyId == kid).Key;

    public RsaSecurityKey EmulatorKey => _emulatorKeys[0];

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>A signed JWT; claims with null values are left out.</summary>
    public static string CreateToken(
        SecurityKey key,
        string issuer,
        IDictionary<string, object?> claims,
        DateTimeOffset now,
        TimeSpan? expiresIn = null,
        TimeSpan? notBeforeOffset = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            NotBefore = (now + (notBeforeOffset ?? TimeSpan.FromMinutes(-1))).UtcDateTime,
            Expires = (now + (expiresIn ?? TimeSpan.FromHours(1))).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/channel/.well-known/openidconfiguration", (HttpContext http) =>
        {
            MetadataRequests++;
            return Metadata(http, ChannelIssuer, "channel/keys");
        });
        app.MapGet("/channel/keys", () => Results.Text(Jwks(_channelKeys).ToJsonString(), "application/json"));
        app.MapGet("/emulator/.well-known/openid-configuration", (HttpContext http) => Metadata(http, EmulatorIssuerV2, "emulator/keys"));
        app.MapGet("/emulator/keys", () => Results.Text(Jwks(_emulatorKeys.Select(k => (k, (string[]?)null))).ToJsonString(), "application/json"));
    }

    private static IResult Metadata(HttpContext http, string issuer, string keysPath)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}/";
        var document = new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = baseUrl + "authorize",
            ["jwks_uri"] = baseUrl + keysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        return Results.Text(document.ToJsonString(), "application/json");
    }

    private static JsonObject Jwks(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e!)]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array };
    }
}
