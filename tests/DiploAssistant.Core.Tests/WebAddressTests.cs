namespace DiploAssistant.Core.Tests;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://www.yna.co.kr/view/AKR2026", true)]
    [InlineData("HTTP://example.com/a.html", true)]
    [InlineData("ftp://example.com/a.html", false)]
    [InlineData("file:///tmp/a.html", false)]
    [InlineData("data/seed-001.html", false)]
    [InlineData("http://", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Is_AcceptsOnlyAbsoluteHttpAndHttpsAddresses(string? text, bool expected) =>
        Assert.Equal(expected, WebAddress.Is(text));

    [Fact]
    public void TryParse_GivesTheParsedAddress() =>
        Assert.True(WebAddress.TryParse("https://example.com/news?id=1", out var uri) && uri.Query == "?id=1");

    [Fact]
    public void IsHttp_RefusesARelativeUri() =>
        Assert.False(WebAddress.IsHttp(new Uri("news/a.html", UriKind.Relative)));
}
