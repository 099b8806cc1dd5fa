using DiploAssistant.Bot.Teams;

namespace DiploAssistant.Bot.Tests.Teams;

public sealed class TeamsFileHostsTests
{
    [Theory]
    [InlineData("https://contoso.sharepoint.com/personal/a/download.aspx?tempauth=x")]
    [InlineData("https://contoso-my.sharepoint.com/personal/a/b.txt")]
    [InlineData("https://SHAREPOINT.COM/a")]
    [InlineData("https://us-api.asm.skype.com/v1/objects/0-x/views/original")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/attachments/x")]
    [InlineData("https://onedrive.live.com.onedrive.com/a")]
    public void IsAllowed_TakesTeamsFileHosts_ByDefault(string url) =>
        Assert.True(TeamsFileHosts.IsAllowed(new Uri(url), []));

    [Theory]
    [InlineData("http://127.0.0.1:18080/secret.txt")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://contoso.sharepoint.com.evil.example/a")]
    [InlineData("https://evilsharepoint.com/a")]
    [InlineData("https://sharepoint.com@evil.example/a")]
    [InlineData("https://localhost/a")]
    public void IsAllowed_RefusesAnyOtherHost(string url) =>
        Assert.False(TeamsFileHosts.IsAllowed(new Uri(url), []));

    [Fact]
    public void IsAllowed_UsesOnlyTheConfiguredHosts_WhenThereAreSome()
    {
        IList<string> configured = ["files.contoso.example"];

        Assert.True(TeamsFileHosts.IsAllowed(new Uri("https://eu.files.contoso.example/a"), configured));
        Assert.False(TeamsFileHosts.IsAllowed(new Uri("https://contoso.sharepoint.com/a"), configured));
    }

    [Theory]
    [InlineData("sharepoint.com", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("*.sharepoint.com", false)]
    [InlineData("https://sharepoint.com", false)]
    [InlineData("sharepoint.com/a", false)]
    [InlineData(" sharepoint.com", false)]
    [InlineData("", false)]
    public void IsValidHostName_TakesOnlyBareHostNames(string host, bool valid) =>
        Assert.Equal(valid, TeamsFileHosts.IsValidHostName(host));
}
