using Microsoft.AspNetCore.Http;

namespace DiploAssistant.Bot.Turns;

/// <summary>The address of this server as its users' browsers know it: what citation links to its article pages start with.</summary>
internal static class ServerAddress
{
    /// <summary><see cref="BotOptions.PublicBaseUrl"/> when set, else the scheme, host and path base the request came to.</summary>
    public static Uri Of(HttpRequest request, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        var address = string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : publicBaseUrl;
        return new Uri(address.TrimEnd('/') + "/", UriKind.Absolute);
    }
}
