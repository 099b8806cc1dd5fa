using DiploAssistant.Core.Analysis.Briefs;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Analysis.Briefs;

public sealed class EntityBriefServiceTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;
    private EntityBriefService _briefs = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        foreach (var article in new[] { AnalysisTestArticles.MarshInEnglish(), AnalysisTestArticles.MarshInKorean(), AnalysisTestArticles.OttawaTalks() })
        {
            await StoreTestData.StoreAsync(_store, article);
        }

        var names = new NameLexicon();
        _briefs = new EntityBriefService(new HybridRetriever(_store, new HashingEmbedder(), names: names), _store, names);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task BriefAsync_GivesTheRolesBothLanguagesWrite_EachCited()
    {
        var brief = await _briefs.BriefAsync("Elena Marsh", CancellationToken.None);

        Assert.Contains(brief.Roles, r => r.Role == "Canadian Defence Minister" && r.Citations.Single().DocumentId == "marsh-en");
        Assert.Contains(brief.Roles, r => r.Role == "캐나다 국방장관" && r.Citations.Single().DocumentId == "marsh-ko");
        Assert.Contains("엘레나 마시", brief.Names);
    }

    [Fact]
    public async Task BriefAsync_ListsTheDatedEventsThatNameThePerson_InOrder()
    {
        var brief = await _briefs.BriefAsync("who is 엘레나 마시?", CancellationToken.None);

        Assert.Equal("엘레나 마시", brief.Name);
        Assert.Equal([new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 2)], brief.Events.Select(e => e.Date));
        Assert.Equal(["marsh-en", "marsh-ko"], brief.Events.Select(e => e.Citations.Single().DocumentId));
        Assert.Contains("on 31 March 2026", brief.Events[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefAsync_NumbersCitationsAcrossRolesAndEvents()
    {
        var brief = await _briefs.BriefAsync("Elena Marsh", CancellationToken.None);

        var numbers = brief.Roles.SelectMany(r => r.Citations).Concat(brief.Events.SelectMany(e => e.Citations)).Select(c => c.N).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public async Task BriefAsync_ReadsAKoreanTitleAfterTheName()
    {
        var brief = await _briefs.BriefAsync("박민호는 누구?", CancellationToken.None);

        Assert.Equal("국방부 장관", Assert.Single(brief.Roles).Role);
        Assert.Equal(new DateOnly(2026, 2, 27), Assert.Single(brief.Events).Date);
    }

    [Fact]
    public async Task BriefAsync_SaysWhy_WhenNoArticleNamesThePerson()
    {
        var brief = await _briefs.BriefAsync("Zbigniew Nowak", CancellationToken.None);

        Assert.Empty(brief.Roles);
        Assert.Empty(brief.Events);
        Assert.NotNull(brief.NoBriefReason);
    }
}
