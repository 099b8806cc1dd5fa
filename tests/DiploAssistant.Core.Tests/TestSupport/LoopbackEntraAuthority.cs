using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using DiploAssistant.Bot.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>
/// A Microsoft Entra ID token authority on https://127.0.0.1 (a throw-away certificate that only <see cref="Handler"/>
/// trusts): the client-credentials endpoint <c>/{tenant}/oauth2/v2.0/token</c> and an App Service style managed identity
/// endpoint <c>/msi/token</c>. It records every request and issues <c>entra-token-1</c>, <c>entra-token-2</c>, … valid for
/// <see cref="ExpiresInSeconds"/>, or refuses the client when <see cref="RefuseClients"/> is set.
/// </summary>
internal sealed class LoopbackEntraAuthority : IAsyncDisposable
{
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private LoopbackServer? _server;
    private int _issued;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>Lifetime of the tokens issued; MSAL replaces a token with less than five minutes left.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>Answer client credentials with 401 invalid_client, as Entra ID does for a wrong secret.</summary>
    public bool RefuseClients { get; set; }

    /// <summary>The authority host the options' <c>Entra:Instance</c> is set to.</summary>
    public Uri Instance => _server!.BaseAddress;

    /// <summary>The managed identity endpoint (<c>IDENTITY_ENDPOINT</c>).</summary>
    public Uri ManagedIdentityEndpoint => new(_server!.BaseAddress, "msi/token");

    /// <summary>An HTTP handler for Azure.Identity that trusts this authority's certificate.</summary>
    public HttpMessageHandler Handler => LoopbackCertificate.TrustingHandler(_certificate);

    public static async Task<LoopbackEntraAuthority> StartAsync()
    {
        var authority = new LoopbackEntraAuthority();
        authority._server = await LoopbackServer.StartAsync(authority.Map, authority._certificate);
        return authority;
    }

    public async ValueTask DisposeAsync()
    {
        await _server!.DisposeAsync();
        _certificate.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            TokenRequests.Enqueue(fields);
            return RefuseClients
                ? Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401)
                : Results.Json(new { token_type = "Bearer", expires_in = ExpiresInSeconds, ext_expires_in = ExpiresInSeconds, access_token = NextToken() });
        });
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            var fields = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            fields["identity-header"] = http.Request.Headers["X-IDENTITY-HEADER"].ToString();
            TokenRequests.Enqueue(fields);
            var expiresOn = DateTimeOffset.UtcNow.AddSeconds(ExpiresInSeconds).ToUnixTimeSeconds();
            return Results.Json(new
            {
                access_token = NextToken(),
                expires_on = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                resource = fields.GetValueOrDefault("resource"),
                token_type = "Bearer",
            });
        });
    }

    private string NextToken() => $"entra-token-{Interlocked.Increment(ref _issued)}";
}
