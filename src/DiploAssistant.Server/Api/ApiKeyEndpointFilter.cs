using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Server.Api;

/// <summary>Requires <c>X-Api-Key</c> to equal <c>Api:Key</c> when one is configured (compared in constant time).</summary>
internal sealed class ApiKeyEndpointFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var expected = options.Value.Key;
        if (string.IsNullOrEmpty(expected) || Matches(context.HttpContext.Request.Headers[HeaderName].ToString(), expected))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "An API key is required",
            detail: $"Send the key in the {HeaderName} header."));
    }

    internal static bool Matches(string? presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
