using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class PublicLocationTests
{
    [Theory]
    [InlineData("/srv/private/data/a.txt", "a.txt")]
    [InlineData("/srv/dumps/news.jsonl:12", "news.jsonl:12")]
    [InlineData("C:\\Users\\editor\\news\\b.html", "b.html")]
    [InlineData("file:///home/editor/c.md", "c.md")]
    [InlineData("\\\\fileserver\\share\\d.txt", "d.txt")]
    public void AnAbsolutePathOfTheServersDisk_IsShownAsItsFileName(string uri, string shown) =>
        Assert.Equal(shown, PublicLocation.Of(uri));

    [Theory]
    [InlineData("data/a.txt")]
    [InlineData("article.txt")]
    [InlineData("https://news.example.test/2026/a")]
    public void RelativePathsUploadsAndWebAddresses_AreShownAsStored(string uri) =>
        Assert.Equal(uri, PublicLocation.Of(uri));

    [Fact]
    public void AWebAddressWithUserInfo_IsShownWithoutIt() =>
        Assert.Equal("https://news.example.test/a", PublicLocation.Of("https://editor:Sup3rPw@news.example.test/a"));

    [Fact]
    public void ADocument_IsShownWithoutUserInfoInItsUrl_OrAnAbsolutePathInItsUri()
    {
        var stored = new DocumentInfo("a", "Title", "Outlet", "https://u:p@news.example.test/a", "/srv/data/a.txt", null, "en");

        var shown = PublicLocation.Of(stored);

        Assert.Equal("https://news.example.test/a", shown.Url);
        Assert.Equal("a.txt", shown.Uri);
        Assert.Equal(stored with { Url = shown.Url, Uri = shown.Uri }, shown);
    }
}
