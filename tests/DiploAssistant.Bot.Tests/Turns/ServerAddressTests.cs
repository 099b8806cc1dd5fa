using DiploAssistant.Bot.Turns;
using Microsoft.AspNetCore.Http;

namespace DiploAssistant.Bot.Tests.Turns;

public sealed class ServerAddressTests
{
    [Fact]
    public void Of_IsTheAddressTheRequestCameTo_WithItsPathBase()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("diplo.example.test", 8443);
        request.PathBase = "/chat";

        Assert.Equal(new Uri("https://diplo.example.test:8443/chat/"), ServerAddress.Of(request, publicBaseUrl: null));
    }

    [Fact]
    public void Of_IsThePublicBaseUrl_WhenOneIsConfigured()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.5", 8080);

        Assert.Equal(new Uri("https://diplo.example.org/"), ServerAddress.Of(request, "https://diplo.example.org"));
    }
}
