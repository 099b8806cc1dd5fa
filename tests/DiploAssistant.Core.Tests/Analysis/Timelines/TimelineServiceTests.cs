using DiploAssistant.Core.Analysis.Timelines;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Analysis.Timelines;

public sealed class TimelineServiceTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;
    private TimelineService _timelines = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        foreach (var article in new[]
        {
            AnalysisTestArticles.OttawaTalks(), AnalysisTestArticles.OttawaTalksReprinted(),
            AnalysisTestArticles.SeoulDialogue(), AnalysisTestArticles.JapanCanada(),
        })
        {
            await StoreTestData.StoreAsync(_store, article);
        }

        var names = new NameLexicon();
        _timelines = new TimelineService(new HybridRetriever(_store, new HashingEmbedder(), names: names), names);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task BuildAsync_ListsTheTopicsEvents_InDateOrder_WithRelativeDatesResolved()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        Assert.Equal("한-캐나다 관계", timeline.Topic);
        Assert.Equal(
            [new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 10)],
            timeline.Events.Select(e => e.Date));
        Assert.Contains("2026년 2월 27일", timeline.Events[1].Text, StringComparison.Ordinal);
        Assert.Contains("지난달 27일", timeline.Events[1].Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_MergesAnEventSeveralArticlesReported_CitingEach()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        var talks = Assert.Single(timeline.Events, e => e.Date == new DateOnly(2026, 3, 10));
        Assert.Equal(["ottawa-copy", "ottawa"], talks.Citations.Select(c => c.DocumentId));
        Assert.Equal(["뉴스1", "연합뉴스"], talks.Outlets);
    }

    [Fact]
    public async Task BuildAsync_CitesEveryEvent_NumberingCitationsDownTheList()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        Assert.All(timeline.Events, e => Assert.NotEmpty(e.Citations));
        Assert.Equal(Enumerable.Range(1, 4), timeline.Events.SelectMany(e => e.Citations).Select(c => c.N));
    }

    [Fact]
    public async Task BuildAsync_LeavesOutEventsOfArticlesAboutAnotherCountry()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        Assert.DoesNotContain(timeline.Events, e => e.Citations.Any(c => c.DocumentId == "japan-canada"));
    }

    [Fact]
    public async Task BuildAsync_KeepsOnlyTheDaysAsked_AndReadsAYearFromTheQuery()
    {
        var march = await _timelines.BuildAsync("한-캐나다 타임라인", new DateOnly(2026, 3, 1), null, CancellationToken.None);
        var lastYear = await _timelines.BuildAsync("timeline of Korea–Canada talks in 2025", null, null, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 3, 10)], march.Events.Select(e => e.Date));
        Assert.Equal(new DateOnly(2025, 1, 1), lastYear.From);
        Assert.Equal(new DateOnly(2025, 12, 31), lastYear.To);
        Assert.Empty(lastYear.Events);
        Assert.NotNull(lastYear.NoEventsReason);
    }

    [Fact]
    public async Task TimelineAnswer_WritesOneLinePerEvent_GroupedByDay_EachWithItsMarkers()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        var answer = TimelineAnswer.From(timeline, maxCitations: 20);

        var lines = answer.Text.Split('\n');
        Assert.Equal(3, lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("2026년 3월 10일", lines);
        Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal) && l.EndsWith("[3][4]", StringComparison.Ordinal));
        Assert.Equal(4, answer.Citations.Count);
    }

    [Fact]
    public async Task TimelineAnswer_StopsBeforeTheCitationLimit_AndCountsTheEventsLeftOut()
    {
        var timeline = await _timelines.BuildAsync("한-캐나다 관계 타임라인", null, null, CancellationToken.None);

        var answer = TimelineAnswer.From(timeline, maxCitations: 2);

        Assert.Equal(2, answer.Citations.Count);
        Assert.Contains("1건", answer.Text, StringComparison.Ordinal);
    }
}
