using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>Every malformed multipart upload is the client's mistake: 400 ProblemDetails, nothing loaded, no error logged.</summary>
public sealed class MalformedUploadTests : IDisposable
{
    private const string Key = "malformed-upload-key";
    private static readonly string LongBoundary = new('b', 129);

    private readonly CapturingLoggerProvider _logs = new();
    private readonly DiploServerFactory _factory;

    public MalformedUploadTests()
    {
        _factory = new DiploServerFactory(new Dictionary<string, string?> { ["Api:Key"] = Key }) { LogSink = _logs };
    }

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string, string> Bodies => new()
    {
        {
            "a CR/LF in the file name", "multipart/form-data; boundary=XyZ",
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes\r\n.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n"
        },
        {
            "a bare LF in the part headers", "multipart/form-data; boundary=XyZ",
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"no\nte.txt\"\r\n\r\nhello\r\n--XyZ--\r\n"
        },
        { "no boundary", "multipart/form-data", "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--XyZ--\r\n" },
        { "an empty boundary", "multipart/form-data; boundary=", "--\r\n\r\nhello\r\n----\r\n" },
        {
            "a truncated body", "multipart/form-data; boundary=XyZ",
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello, the body stops he"
        },
        { "truncated part headers", "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-da" },
        { "garbage", "multipart/form-data; boundary=XyZ", "\u0001\u0002 this is not multipart at all \u00ff\u00fe" },
        { "garbage after the boundary", "multipart/form-data; boundary=XyZ", "--XyZ\r\n\u0000\u0000\u0000\u0000\r\n\r\n" },
        {
            "a boundary over 128 characters", $"multipart/form-data; boundary={LongBoundary}",
            $"--{LongBoundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--{LongBoundary}--\r\n"
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AMalformedMultipartUpload_Gets400ProblemDetails_AndIsNotLoggedAsAnError(string what, string contentType, string body)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("/api/documents", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.Empty(_factory.Ingestion.Inputs);
        Assert.DoesNotContain(_logs.Events, e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));
    }

    /// <summary>The control: a well-formed upload of the same file is loaded.</summary>
    [Fact]
    public async Task AWellFormedUpload_IsLoaded()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var form = new MultipartFormDataContent("XyZ");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("hello"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "a.txt");

        using var response = await client.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["a.txt"], _factory.Ingestion.Inputs);
    }
}
