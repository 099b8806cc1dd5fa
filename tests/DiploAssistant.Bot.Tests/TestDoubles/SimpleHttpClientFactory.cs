namespace DiploAssistant.Bot.Tests.TestDoubles;

/// <summary>Hands out clients over one handler (optionally a custom one, e.g. trusting a loopback test certificate).</summary>
internal sealed class SimpleHttpClientFactory(Func<HttpMessageHandler>? handlerFactory = null) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) =>
        handlerFactory is null ? new HttpClient() : new HttpClient(handlerFactory(), disposeHandler: true);
}
