using DiploAssistant.Core.Articles;

namespace DiploAssistant.Core.Tests.Articles;

public sealed class UrlUserInfoTests
{
    [Theory]
    [InlineData("http://user:Sup3rPw@host.example/a", "http://host.example/a")]
    [InlineData("https://user@host.example", "https://host.example")]
    [InlineData("https://a@b:c@host.example:8443/p?q=1#f", "https://host.example:8443/p?q=1#f")]
    [InlineData("HTTP://u:p@host.example/a.jsonl:12", "HTTP://host.example/a.jsonl:12")]
    [InlineData("ftp://u:p@files.example/a.txt", "ftp://files.example/a.txt")]
    [InlineData("http://u:p@host.example\\path", "http://host.example\\path")]
    public void Strip_RemovesTheUserInfo(string text, string expected) =>
        Assert.Equal(expected, UrlUserInfo.Strip(text));

    [Theory]
    [InlineData("https://host.example/people/@someone")]
    [InlineData("https://host.example/a?mail=a@b.example")]
    [InlineData("https://host.example/a#x@y")]
    [InlineData("data/notes@home.txt")]
    [InlineData("/var/lib/diplo/a@b.txt")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("")]
    public void Strip_LeavesAddressesWithoutUserInfoAlone(string text)
    {
        Assert.Equal(text, UrlUserInfo.Strip(text));
        Assert.False(UrlUserInfo.IsPresent(text));
    }
}
