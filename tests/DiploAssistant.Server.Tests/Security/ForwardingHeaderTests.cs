using System.Net;
using System.Net.Http.Json;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>Without an API key, document changes come only from this machine: never through a proxy, whatever header it adds.</summary>
public sealed class ForwardingHeaderTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();
    private readonly HttpClient _client;

    public ForwardingHeaderTests()
    {
        _client = new HttpClient { BaseAddress = _factory.StartOnLoopback() };
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    [InlineData("x-real-ip", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "diplo.example.test")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Forwarded-Port", "443")]
    [InlineData("X-Forwarded-Server", "proxy")]
    [InlineData("X-Original-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("Via", "1.1 proxy")]
    [InlineData("True-Client-IP", "203.0.113.7")]
    [InlineData("CF-Connecting-IP", "203.0.113.7")]
    [InlineData("X-Client-IP", "203.0.113.7")]
    public async Task AProxiedRequestFromLoopback_MayNotChangeDocuments(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = JsonContent.Create(new { url = "https://news.example.test/a" }) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task ARequestFromLoopback_WithOrdinaryHeaders_MayChangeDocuments()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = JsonContent.Create(new { url = "https://news.example.test/a" }) };
        request.Headers.TryAddWithoutValidation("X-Requested-With", "XMLHttpRequest");
        request.Headers.TryAddWithoutValidation("User-Agent", "curl/8");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["https://news.example.test/a"], _factory.Ingestion.Inputs);
    }
}
