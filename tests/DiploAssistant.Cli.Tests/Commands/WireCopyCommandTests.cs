using System.Text.Json;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary>A dump holding one story as three outlets carried it, and another story: ingest, list and ask through <c>diplo</c>.</summary>
public sealed class WireCopyCommandTests : IDisposable
{
    private const string Story =
        "조현 외교부 장관은 11일(현지시각) 벨기에 브뤼셀에서 카야 칼라스 유럽연합(EU) 외교안보 고위대표와 회담하고 " +
        "한-EU 안보·국방 협력 강화 방안을 논의했다고 외교부가 밝혔다. 양측은 북한의 핵·미사일 위협과 우크라이나 정세에 대해서도 " +
        "의견을 교환했으며, 오는 6월 서울에서 열리는 한-EU 전략대화에서 후속 협의를 이어가기로 했다.";

    private readonly CliRun _cli = new();
    private readonly string _dump = Path.Combine(Path.GetTempPath(), "diplo-wire-copies-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public WireCopyCommandTests()
    {
        string Line(string id, string title, string body, string date, string source) =>
            JsonSerializer.Serialize(new { id, title, body, date, source, url = $"https://example.org/{id}" });
        File.WriteAllLines(_dump,
        [
            Line("newsis-1", "조현 장관, 브뤼셀에서 칼라스 EU 고위대표와 회담", Story.Replace("11일(현지시각)", "11일", StringComparison.Ordinal), "2026-02-12", "뉴시스"),
            Line("yna-1", "조현 외교장관, 브뤼셀서 칼라스 EU 고위대표와 회담", Story, "2026-02-11", "연합뉴스"),
            Line("kbs-1", "조현 외교장관, 칼라스 EU 고위대표와 브뤼셀 회담", "[브뤼셀=KBS] " + Story, "2026-02-12", "KBS"),
            Line("exports-1", "1월 수출 반도체 호조에 두 자릿수 증가",
                "산업통상자원부는 1월 수출이 지난해 같은 달보다 10.2% 늘어난 612억 달러를 기록했다고 1일 밝혔다. 반도체 수출이 역대 1월 최대를 기록했다.",
                "2026-02-01", "연합뉴스"),
        ]);
    }

    public void Dispose()
    {
        _cli.Dispose();
        File.Delete(_dump);
    }

    [Fact]
    public async Task ListJson_ShowsEachDocumentsClusterIdAndSize()
    {
        await _cli.RunAsync("ingest", _dump);

        var (_, output, _) = await _cli.RunAsync("list", "--json");

        var documents = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("documentId").GetString()!);
        Assert.All(["yna-1", "newsis-1", "kbs-1"], id =>
        {
            Assert.Equal("yna-1", documents[id].GetProperty("clusterId").GetString());
            Assert.Equal(3, documents[id].GetProperty("clusterSize").GetInt32());
        });
        Assert.Equal("exports-1", documents["exports-1"].GetProperty("clusterId").GetString());
        Assert.Equal(1, documents["exports-1"].GetProperty("clusterSize").GetInt32());
    }

    [Fact]
    public async Task Ask_CitesTheEarliestOutlet_AndSaysWhoElseReportedIt()
    {
        await _cli.RunAsync("ingest", _dump);

        var answer = await _cli.AskJsonAsync("조현 장관은 브뤼셀에서 누구와 회담했나?");
        var (_, text, _) = await _cli.RunAsync("ask", "조현 장관은 브뤼셀에서 누구와 회담했나?");

        var citation = Assert.Single(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal("yna-1", citation.GetProperty("documentId").GetString());
        Assert.Equal(["kbs-1", "newsis-1"], citation.GetProperty("alsoReportedBy").EnumerateArray().Select(r => r.GetProperty("documentId").GetString()));
        Assert.Contains("also reported by 2 outlets: KBS, 뉴시스", text, StringComparison.Ordinal);
    }
}
