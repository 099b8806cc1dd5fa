using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>Uploads built to hurt the loader get a 4xx with the reason, through the real core and store, and change nothing stored.</summary>
public sealed class HostileUploadTests : IDisposable
{
    private const string Key = "hostile-test-key";
    private readonly string _store = Path.Combine(Path.GetTempPath(), "diplo-hostile-upload-" + Guid.NewGuid().ToString("N"));
    private readonly DiploServerFactory _factory;

    public HostileUploadTests()
    {
        _factory = new DiploServerFactory(
            new Dictionary<string, string?> { ["Api:Key"] = Key, ["Store:Path"] = _store, ["Server:LoadSampleData"] = "false" },
            realCore: true);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "bomb.zip", "unsupported file type '.zip'" },
        { "bomb-renamed.txt", "binary" },
        { "nul-bytes.txt", "NUL bytes" },
        { "invalid-utf8.txt", "not valid UTF-8" },
        { "one-line.txt", "single line" },
        { "nested.json", "nested too deeply" },
        { "nested.jsonl", "nested too deeply" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task UploadingAHostileFile_Gets422WithTheReason_AndChangesNothing(string name, string reason)
    {
        var client = await ClientWithOneStoredArticleAsync();
        var before = await SqliteStoreCheck.RunAsync(_store, CancellationToken.None);

        using var response = await UploadAsync(client, name, Content(name));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(reason, (string?)problem["detail"], StringComparison.Ordinal);
        var after = await SqliteStoreCheck.RunAsync(_store, CancellationToken.None);
        Assert.True(after.IsConsistent, string.Join("; ", after.Problems));
        Assert.Equal(before.Fingerprints, after.Fingerprints);
    }

    [Fact]
    public async Task UploadingTwoGigabytes_Gets413BeforeTheBodyIsRead()
    {
        var client = await ClientWithOneStoredArticleAsync();
        var before = await SqliteStoreCheck.RunAsync(_store, CancellationToken.None);
        var path = Path.Combine(_store, "two-gigabytes.txt");
        await using (var sparse = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            sparse.SetLength(2L * 1024 * 1024 * 1024);
        }

        var file = new CountingStream(File.OpenRead(path));
        using var response = await UploadAsync(client, "two-gigabytes.txt", new StreamContent(file));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(file.BytesRead < 100L * 1024 * 1024, $"{file.BytesRead:N0} bytes were sent before the refusal");
        Assert.Equal(before.Fingerprints, (await SqliteStoreCheck.RunAsync(_store, CancellationToken.None)).Fingerprints);
    }

    [Fact]
    public async Task UploadingADumpWithOneBadLine_StoresTheOthers_AndNamesTheBadLine()
    {
        var client = await ClientWithOneStoredArticleAsync();
        var dump = string.Join('\n',
            """{"id": "dump-1", "title": "Seoul talks", "body": "The foreign ministers met in Seoul on Tuesday to discuss trade."}""",
            """{"id": "dump-2", "title": "Broken", "body": "unterminated""",
            """{"id": "dump-3", "title": "Tokyo talks", "body": "The defence ministers met in Tokyo on Friday to discuss security."}""");

        using var response = await UploadAsync(client, "dump.jsonl", new ByteArrayContent(Encoding.UTF8.GetBytes(dump)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, (int)report["added"]!);
        Assert.Equal(1, (int)report["failed"]!);
        Assert.Contains(report["items"]!.AsArray(), i => (string?)i!["uri"] == "dump.jsonl:2" && ((string?)i["reason"])!.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Equal(3, (await SqliteStoreCheck.RunAsync(_store, CancellationToken.None)).Documents);
    }

    private async Task<HttpClient> ClientWithOneStoredArticleAsync()
    {
        // Without the redirect handler, which would copy the whole request body into memory before sending it.
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var response = await UploadAsync(client, "brussels.txt", new ByteArrayContent(
            "Foreign ministers met in Brussels on Monday. They agreed to meet again in the spring to discuss trade and security."u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, HttpContent file)
    {
        using var form = new MultipartFormDataContent { { file, "file", name } };
        return await client.PostAsync("/api/documents", form);
    }

    private static ByteArrayContent Content(string name) => new(name switch
    {
        "bomb.zip" or "bomb-renamed.txt" => ZipBomb(),
        "nul-bytes.txt" => new byte[1024 * 1024],
        "invalid-utf8.txt" => [.. "Talks in Seoul "u8, 0xC3, 0x28, 0xFF, 0xFE, .. " ended."u8],
        "one-line.txt" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The ministers met in Seoul and agreed to talk again. ", 200_000))),
        "nested.json" or "nested.jsonl" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    });

    /// <summary>64 MB of zeros deflated to well under a megabyte.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = archive.CreateEntry("zeros.txt", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }
}
