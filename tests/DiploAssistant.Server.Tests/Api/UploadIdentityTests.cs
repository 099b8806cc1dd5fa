using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api;

/// <summary>Uploads are known by name and content: two different files named alike both stay and both answer, unless replace=true.</summary>
public sealed class UploadIdentityTests : IDisposable
{
    private const string Key = "identity-test-key";
    private const string Brussels = "Foreign ministers met in Brussels on Monday and agreed to expand maritime security cooperation.";
    private const string Jakarta = "Trade ministers met in Jakarta on Thursday and signed a critical minerals supply agreement.";
    private readonly string _store = Path.Combine(Path.GetTempPath(), "diplo-upload-identity-" + Guid.NewGuid().ToString("N"));
    private readonly DiploServerFactory _factory;

    public UploadIdentityTests()
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

    [Fact]
    public async Task TwoUploadsWithTheSameNameAndDifferentContent_BothStay_AndBothAreAnswerable()
    {
        var client = Client();

        var first = await UploadAsync(client, "article.txt", Brussels);
        var second = await UploadAsync(client, "article.txt", Jakarta);

        Assert.Equal("added", (string?)Item(first)["status"]);
        Assert.Equal("addedAsNew", (string?)Item(second)["status"]);
        Assert.Contains("replace=true", (string?)Item(second)["reason"], StringComparison.Ordinal);
        var documents = (await client.GetFromJsonAsync<JsonArray>("/api/documents"))!;
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal("article.txt", (string?)d!["document"]!["uri"]));
        Assert.Contains("Brussels", await AnswerAsync(client, "Where did the foreign ministers meet?"), StringComparison.Ordinal);
        Assert.Contains("Jakarta", await AnswerAsync(client, "Where did the trade ministers sign the minerals agreement?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadWithReplaceTrue_ReplacesTheDocumentOfThatName()
    {
        var client = Client();
        await UploadAsync(client, "article.txt", Brussels);

        var replaced = await UploadAsync(client, "article.txt", Jakarta, replace: "true");

        Assert.Equal(("updated", "article"), ((string?)Item(replaced)["status"], (string?)Item(replaced)["documentId"]));
        var documents = (await client.GetFromJsonAsync<JsonArray>("/api/documents"))!;
        Assert.Equal("article", (string?)Assert.Single(documents)!["document"]!["id"]);
    }

    [Fact]
    public async Task TheSameUploadTwice_IsUnchanged()
    {
        var client = Client();
        await UploadAsync(client, "article.txt", Brussels);

        var again = await UploadAsync(client, "article.txt", Brussels);

        Assert.Equal("unchanged", (string?)Item(again)["status"]);
        Assert.Single((await client.GetFromJsonAsync<JsonArray>("/api/documents"))!);
    }

    [Fact]
    public async Task AnUploadNameWithControlCharacters_BecomesAnIdThatDeleteCanAddress()
    {
        var client = Client();
        // Written by hand: HttpClient itself refuses such a name, a hostile client does not.
        var body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad\u0000na\u0007me#1.txt\"\r\n\r\n" + Brussels + "\r\n--b--\r\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        using var response = await client.PostAsync("/api/documents", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var report = JsonNode.Parse(text)!.AsObject();

        var id = (string)Item(report)["documentId"]!;
        Assert.Equal("bad na me-1", id);
        Assert.Equal("bad na me#1.txt", (string?)Item(report)["uri"]);
        Assert.DoesNotContain(id, c => char.IsControl(c));
        using var removed = await client.DeleteAsync("/api/documents/" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task AReplaceFieldThatIsNotABoolean_Gets400ProblemDetails()
    {
        using var form = Form("article.txt", Brussels, "perhaps");

        using var response = await Client().PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Client()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static JsonObject Item(JsonObject report) => report["items"]!.AsArray().Single()!.AsObject();

    private static async Task<JsonObject> UploadAsync(HttpClient client, string name, string text, string? replace = null)
    {
        using var form = Form(name, text, replace);
        using var response = await client.PostAsync("/api/documents", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static MultipartFormDataContent Form(string name, string text, string? replace)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };
        if (replace is not null)
        {
            form.Add(new StringContent(replace), "replace");
        }

        return form;
    }

    private static async Task<string> AnswerAsync(HttpClient client, string question)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", new { question });
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (string?)answer["answer"] ?? "";
    }
}
