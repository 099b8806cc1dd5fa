using Microsoft.Identity.Client;

namespace DiploAssistant.Bot.Connector;

/// <summary>Gives MSAL the named client from <see cref="IHttpClientFactory"/>, so its handler is configurable (and testable).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "BotFramework.Token";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
