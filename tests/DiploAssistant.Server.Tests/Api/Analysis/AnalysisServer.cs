using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Api.Analysis;

/// <summary>The real server over a store holding a small dump written for these tests: Korea–Canada talks reported twice, and their minister.</summary>
internal sealed class AnalysisServer : IDisposable
{
    private const string Key = "analysis-test-key";

    private static readonly string Dump = string.Join('\n',
        Line("ottawa", "한·캐나다 국방장관 회담", "한국과 캐나다 국방장관이 10일 오타와에서 회담을 열고 잠수함 협력 방안을 논의했다. 박민호 국방부 장관은 지난달 27일 캐나다 해군 기지를 찾았다.", "2026-03-12", "연합뉴스"),
        Line("ottawa-copy", "한국·캐나다, 잠수함 협력 논의", "한국과 캐나다 국방장관이 10일(현지시간) 오타와에서 회담을 갖고 잠수함 협력 방안을 논의했다.", "2026-03-11", "뉴스1"),
        Line("marsh", "Canada and South Korea talk submarines", "Canadian Defence Minister Elena Marsh met her South Korean counterpart in Ottawa on Tuesday to discuss submarine purchases.", "2026-04-02", "Maple Wire"));

    private readonly string _store = Path.Combine(Path.GetTempPath(), "diplo-analysis-" + Guid.NewGuid().ToString("N"));

    public AnalysisServer()
    {
        Factory = new DiploServerFactory(
            new Dictionary<string, string?> { ["Api:Key"] = Key, ["Store:Path"] = _store, ["Server:LoadSampleData"] = "false" },
            realCore: true);
    }

    public DiploServerFactory Factory { get; }

    public async Task<HttpClient> LoadedClientAsync()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Dump)), "file", "canada.jsonl" } };
        using var response = await client.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public void Dispose()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    private static string Line(string id, string title, string body, string date, string source) =>
        new JsonObject { ["id"] = id, ["title"] = title, ["body"] = body, ["date"] = date, ["source"] = source }.ToJsonString();
}
