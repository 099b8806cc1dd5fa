using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiploAssistant.Cli.Tests.Commands;

/// <summary><c>diplo timeline</c> and <c>diplo brief</c> on a small dump written for these tests.</summary>
public sealed class AnalysisCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task TimelineJson_PrintsOneObject_WithTheEventsInOrder_EachCited()
    {
        await IngestAsync();

        var (code, output, _) = await _cli.RunAsync("timeline", "한-캐나다 관계 타임라인", "--json");

        Assert.Equal(0, code);
        var events = JsonDocument.Parse(output).RootElement.GetProperty("events");
        Assert.Equal(["2026-01-02", "2026-02-27", "2026-03-10"], events.EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(2, events[2].GetProperty("citations").GetArrayLength());
        Assert.All(events.EnumerateArray(), e => Assert.True(e.GetProperty("citations").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Timeline_WithFromAfterTo_IsAUsageError()
    {
        var (code, _, error) = await _cli.RunAsync("timeline", "한-캐나다", "--from", "2026-04-01", "--to", "2026-03-01");

        Assert.Equal(2, code);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_AsText_GroupsTheEventsByDay_AndListsTheSources()
    {
        await IngestAsync();

        var (code, output, _) = await _cli.RunAsync("timeline", "한-캐나다 타임라인", "--to", "2026-01-31");

        Assert.Equal(0, code);
        Assert.Contains("2026년 1월 2일\n- 한국과 캐나다는 2026년 1월 2일 서울에서", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("[1] 한국·캐나다 경제안보 대화 — 뉴시스, 2026-01-05", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefJson_GivesTheRoleAndTheEvents()
    {
        await IngestAsync();

        var (code, output, _) = await _cli.RunAsync("brief", "who is 박민호?", "--json");

        Assert.Equal(0, code);
        var brief = JsonDocument.Parse(output).RootElement;
        Assert.Equal("박민호", brief.GetProperty("name").GetString());
        Assert.Equal("국방부 장관", brief.GetProperty("roles")[0].GetProperty("role").GetString());
        Assert.Equal("2026-02-27", brief.GetProperty("events")[0].GetProperty("date").GetString());
    }

    private async Task IngestAsync()
    {
        Directory.CreateDirectory(_cli.StoreDirectory);
        var dump = Path.Combine(_cli.StoreDirectory, "canada.jsonl");
        await File.WriteAllLinesAsync(dump,
        [
            Line("ottawa", "한·캐나다 국방장관 회담", "한국과 캐나다 국방장관이 10일 오타와에서 회담을 열고 잠수함 협력 방안을 논의했다. 박민호 국방부 장관은 지난달 27일 캐나다 해군 기지를 찾았다.", "2026-03-12", "연합뉴스"),
            Line("ottawa-copy", "한국·캐나다, 잠수함 협력 논의", "한국과 캐나다 국방장관이 10일(현지시간) 오타와에서 회담을 갖고 잠수함 협력 방안을 논의했다.", "2026-03-11", "뉴스1"),
            Line("seoul", "한국·캐나다 경제안보 대화", "한국과 캐나다는 지난 2일 서울에서 첫 경제안보 대화를 열고 핵심광물 공급망 협력에 합의했다.", "2026-01-05", "뉴시스"),
        ]);
        var (code, _, error) = await _cli.RunAsync("ingest", dump);
        Assert.True(code == 0, error);
    }

    private static string Line(string id, string title, string body, string date, string source) =>
        new JsonObject { ["id"] = id, ["title"] = title, ["body"] = body, ["date"] = date, ["source"] = source }.ToJsonString();
}
