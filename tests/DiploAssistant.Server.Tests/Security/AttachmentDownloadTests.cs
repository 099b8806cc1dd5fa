using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>
/// Chat attachments are downloaded only through the guarded fetcher, and Teams files only from Teams' file hosts: an
/// attachment pointing at an internal address is refused with a reply and the address never sees a request.
/// </summary>
public sealed class AttachmentDownloadTests : IAsyncLifetime
{
    private readonly RecordingHttpServer _internal = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _internal.DisposeAsync();

    [Fact]
    public async Task ATeamsAttachmentOnALoopbackServer_IsRefusedWithAReply_AndTheServerSeesNoRequest()
    {
        using var factory = Server();
        var inbound = Message("msteams", ContentUrlAttachment("notes.txt", _internal.Url("/secret.txt")));

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.Contains("notes.txt: refused (Teams files are downloaded only from SharePoint, OneDrive and Teams", reply, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
        Assert.Empty(factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task ATeamsFileDownloadInfoOnALoopbackServer_IsRefused_AndTheServerSeesNoRequest()
    {
        using var factory = Server();
        var inbound = Message("msteams", new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "notes.txt",
            ["content"] = new JsonObject { ["downloadUrl"] = _internal.Url("/secret.txt"), ["fileType"] = "txt" },
        });

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.Contains("notes.txt: refused", reply, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
        Assert.Empty(factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task ATeamsAttachmentOnALookalikeHost_IsRefused()
    {
        using var factory = Server();
        var inbound = Message("msteams", ContentUrlAttachment("notes.txt", "https://contoso.sharepoint.com.evil.example/notes.txt"));

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.Contains("notes.txt: refused", reply, StringComparison.Ordinal);
        Assert.Contains("contoso.sharepoint.com.evil.example", reply, StringComparison.Ordinal);
    }

    public static TheoryData<string> InternalAddresses => new()
    {
        "http://127.0.0.1:{port}/secret.txt",
        "http://localhost:{port}/secret.txt",
        "http://127.1:{port}/secret.txt",
        "http://2130706433:{port}/secret.txt",
        "http://0x7f000001:{port}/secret.txt",
        "http://[::1]:{port}/secret.txt",
        "http://[::ffff:127.0.0.1]:{port}/secret.txt",
        "http://0.0.0.0:{port}/secret.txt",
        "http://10.0.0.1/secret.txt",
        "http://172.16.0.1/secret.txt",
        "http://192.168.1.1/secret.txt",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[fe80::1]/secret.txt",
    };

    /// <summary>Even on a host the Teams list allows (and on channels with no host list), the address guard decides.</summary>
    [Theory]
    [MemberData(nameof(InternalAddresses))]
    public async Task AnAttachmentOnAnInternalAddress_IsRefusedByTheAddressGuard_AndTheServerSeesNoRequest(string template)
    {
        using var factory = Server();
        var url = template.Replace("{port}", _internal.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var inbound = Message("emulator", ContentUrlAttachment("notes.txt", url));

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.Contains("notes.txt: not loaded (", reply, StringComparison.Ordinal);
        Assert.Contains("loopback, private, link-local or reserved address", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("/secret.txt", reply, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
        Assert.Empty(factory.Ingestion.Inputs);
    }

    [Fact]
    public async Task ATeamsAttachmentOnAListedHost_IsStillRefused_WhenItResolvesToLoopback()
    {
        using var factory = Server(new() { ["Bot:TeamsAttachmentHosts:0"] = "127.0.0.1" });
        var inbound = Message("msteams", ContentUrlAttachment("notes.txt", _internal.Url("/secret.txt")));

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.Contains("notes.txt: not loaded (", reply, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
    }

    /// <summary>The control: the same attachment is downloaded once the host is both a Teams host and an allowed address.</summary>
    [Fact]
    public async Task ATeamsAttachment_IsDownloaded_WhenItsHostIsListedAndItsAddressAllowed()
    {
        using var factory = Server(new() { ["Bot:TeamsAttachmentHosts:0"] = "127.0.0.1", ["Ingestion:AllowedHosts:0"] = "127.0.0.1" });
        var inbound = Message("msteams", ContentUrlAttachment("notes.txt", _internal.Url("/secret.txt")));

        var reply = await ReplyTextAsync(factory, inbound);

        Assert.StartsWith("Added 1", reply, StringComparison.Ordinal);
        Assert.Equal("GET /secret.txt HTTP/1.1", Assert.Single(_internal.Requests));
        Assert.Equal("notes.txt", Assert.Single(factory.Ingestion.Inputs));
    }

    [Theory]
    [InlineData("https://*.sharepoint.com")]
    [InlineData("sharepoint.com/path")]
    [InlineData("*")]
    public void AMalformedTeamsAttachmentHost_StopsTheServerAtStart_NamingTheSetting(string host)
    {
        using var factory = Server(new() { ["Bot:TeamsAttachmentHosts:0"] = host });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Bot:TeamsAttachmentHosts", error.ToString(), StringComparison.Ordinal);
    }

    private static DiploServerFactory Server(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AllowLoadingFor:0"] = "aad-user-1" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new DiploServerFactory(settings);
    }

    private static JsonObject ContentUrlAttachment(string name, string url) => new()
    {
        ["contentType"] = "text/plain",
        ["name"] = name,
        ["contentUrl"] = url,
    };

    private static JsonObject Message(string channelId, JsonObject attachment)
    {
        var inbound = Activities.TeamsMessage(string.Empty);
        inbound["channelId"] = channelId;
        inbound["attachments"] = new JsonArray(attachment);
        return inbound;
    }

    private static async Task<string> ReplyTextAsync(DiploServerFactory factory, JsonObject inbound)
    {
        var reply = Assert.Single(await Activities.PostExpectingRepliesAsync(factory.CreateClient(), inbound))!;
        return (string?)reply["text"] ?? string.Empty;
    }
}
