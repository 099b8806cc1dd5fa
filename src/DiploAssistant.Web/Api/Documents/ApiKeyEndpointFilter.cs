using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Api.Documents;

/// <summary>
/// Guards document changes. With <c>Api:Key</c> set, <c>X-Api-Key</c> must equal it (compared in constant time). Without
/// one, changes are off for everyone but this machine (a loopback connection carrying none of a proxy's <see cref="ForwardingHeaders"/>), and
/// for this machine too when <c>Api:LocalChangesWithoutKey</c> is false.
/// </summary>
internal sealed class ApiKeyEndpointFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var expected = options.Value.Key;
        if (string.IsNullOrEmpty(expected))
        {
            return options.Value.LocalChangesWithoutKey && IsLocal(http)
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Document changes over HTTP are off",
                    detail: options.Value.LocalChangesWithoutKey
                        ? "No API key is configured, so only this machine may change documents. Set Api:Key to allow others."
                        : "No API key is configured and Api:LocalChangesWithoutKey is false. Set Api:Key to allow changes."));
        }

        if (Matches(http.Request.Headers[HeaderName].ToString(), expected))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "An API key is required",
            detail: $"Send the key in the {HeaderName} header."));
    }

    /// <summary>Equal keys, compared in constant time: both sides are hashed first, so neither length nor content leaks.</summary>
    internal static bool Matches(string? presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    internal static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !ForwardingHeaders.AnyPresent(http.Request.Headers);
}
