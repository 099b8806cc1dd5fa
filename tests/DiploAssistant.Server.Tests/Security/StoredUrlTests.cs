using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Server.Tests.TestDoubles;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>
/// Addresses are stored and shown without user info, and <c>/api/ask</c> passes only http(s) citation urls, through the
/// real core and store (uploads from this machine, which needs no key); what older versions stored is shown the same way.
/// </summary>
public sealed class StoredUrlTests : IAsyncLifetime
{
    private const string Password = "Sup3rPw";
    private const string Body = "조현 외교부 장관은 11일 브뤼셀에서 카야 칼라스 EU 외교안보 고위대표와 회담했다. 두 사람은 안보와 무역 분야의 협력을 강화하기로 했다.";
    private const string Question = "조현 장관은 어디에서 칼라스 고위대표와 회담했나?";

    private readonly RecordingHttpServer _target = new("<html><body><p>never fetched</p></body></html>");
    private DiploServerFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new DiploServerFactory(
            new Dictionary<string, string?> { ["Server:LoadSampleData"] = "false", ["Ingestion:AllowedHosts:0"] = "127.0.0.1" }, realCore: true);
        _client = new HttpClient { BaseAddress = _factory.StartOnLoopback() };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task LoadingAUrlWithAPassword_IsRefused_WithoutFetchingOrRepeatingThePassword()
    {
        using var response = await _client.PostAsJsonAsync("api/documents", new { url = $"http://editor:{Password}@127.0.0.1:{_target.Port}/a.html" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode); // a URL load that loads nothing is 422, with its reasons
        var item = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray())!;
        Assert.Equal("failed", (string?)item["status"]);
        Assert.Contains("user name or password", (string?)item["reason"], StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("editor", text, StringComparison.Ordinal);
        Assert.Empty(_target.Requests);
    }

    [Theory]
    [InlineData("dump.jsonl")]
    [InlineData("page.html")]
    public async Task AnArticlesOwnUrlWithAPassword_IsStoredAndShownWithoutIt(string name)
    {
        var url = $"https://editor:{Password}@news.example.test/2026/brussels";
        var content = name.EndsWith(".jsonl", StringComparison.Ordinal)
            ? new JsonObject { ["id"] = "brussels", ["title"] = "조현·칼라스 브뤼셀 회담", ["body"] = Body, ["url"] = url }.ToJsonString()
            : $"<html><head><title>조현·칼라스 브뤼셀 회담</title><link rel=\"canonical\" href=\"{url}\"></head><body><article><p>{Body}</p></article></body></html>";
        await UploadAsync(name, content);

        var documents = await _client.GetStringAsync("api/documents");
        var answer = await AskAsync();

        Assert.DoesNotContain(Password, documents, StringComparison.Ordinal);
        Assert.Contains("https://news.example.test/2026/brussels", documents, StringComparison.Ordinal);
        Assert.Equal("https://news.example.test/2026/brussels", (string?)answer["citations"]![0]!["url"]);
        Assert.DoesNotContain(Password, answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentStoredByAnOlderVersion_WithAnAbsolutePathAndAPassword_IsShownWithNeither()
    {
        await UploadAsync("brussels.txt", "조현·칼라스 브뤼셀 회담\n\n" + Body);
        // What a version before this fix stored for `diplo ingest /srv/private/…` and a page whose URL held credentials.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.StorePath, SqliteDocumentStore.FileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE documents SET uri = '/srv/private/clients/brussels.txt', url = 'https://editor:{Password}@news.example.test/b'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var documents = await _client.GetStringAsync("api/documents");
        var answer = await AskAsync();

        foreach (var shown in new[] { documents, answer.ToJsonString() })
        {
            Assert.DoesNotContain("/srv/private", shown, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, shown, StringComparison.Ordinal);
        }

        Assert.Contains("\"uri\":\"brussels.txt\"", documents, StringComparison.Ordinal);
        Assert.Equal("brussels.txt", (string?)answer["citations"]![0]!["uri"]);
        Assert.Equal("https://news.example.test/b", (string?)answer["citations"]![0]!["url"]);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://news.example.test/a")]
    [InlineData("//news.example.test/a")]
    public async Task ACitationUrlWithAnUnsafeScheme_IsNullInTheApisAnswer_PlainAndStreamed(string url)
    {
        await UploadAsync("dump.jsonl", new JsonObject { ["id"] = "brussels", ["title"] = "조현·칼라스 브뤼셀 회담", ["body"] = Body, ["url"] = url }.ToJsonString());

        var answer = await AskAsync();
        var streamed = await AskStreamedAsync();

        var citation = answer["citations"]![0]!;
        Assert.Equal("brussels", (string?)citation["documentId"]);
        Assert.Null((string?)citation["url"]);
        Assert.Null((string?)streamed["citations"]![0]!["url"]);
    }

    [Fact]
    public async Task AnHttpsCitationUrl_IsKept()
    {
        await UploadAsync("dump.jsonl", new JsonObject { ["id"] = "brussels", ["title"] = "조현·칼라스 브뤼셀 회담", ["body"] = Body, ["url"] = "https://news.example.test/a" }.ToJsonString());

        var answer = await AskAsync();

        Assert.Equal("https://news.example.test/a", (string?)answer["citations"]![0]!["url"]);
    }

    private async Task UploadAsync(string name, string content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        using var response = await _client.PostAsync("api/documents", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonObject> AskAsync()
    {
        using var response = await _client.PostAsJsonAsync("api/ask", new { question = Question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)answer["answered"]!, answer.ToJsonString());
        return answer;
    }

    private async Task<JsonObject> AskStreamedAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ask") { Content = JsonContent.Create(new { question = Question }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await _client.SendAsync(request);
        var events = await response.Content.ReadAsStringAsync();
        var data = events.Split('\n').SkipWhile(l => l != "event: answer").Skip(1).First(l => l.StartsWith("data: ", StringComparison.Ordinal));
        return JsonNode.Parse(data["data: ".Length..])!.AsObject();
    }
}
