using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Storage.Sqlite.Channels;
using DiploAssistant.Core.Tests.Storage.Sqlite;
using DiploAssistant.Core.Watches;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Watches;

public sealed class WatchServiceTests : IAsyncLifetime
{
    private const string Conversation = "a:1personal";
    private readonly TemporaryDirectory _directory = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly WatchOptions _options = new() { MinMinutesBetweenDigests = 60, MaxWatchesPerConversation = 3 };
    private SqliteDocumentStore _store = null!;
    private WatchService _watches = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(_store, WatchTestArticles.EarlierKoreaNato());
        _watches = Service(_store);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task DigestsAsync_ListsEachNewArticleOnTheTopic_InEitherLanguage_EachLineCited()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);

        var digest = Assert.Single(await LoadAsync(
            WatchTestArticles.KoreaNatoKorean(), WatchTestArticles.KoreaNatoEnglish(), WatchTestArticles.JapanNato(), WatchTestArticles.ChipsKorean()));

        Assert.Equal(["nato-en", "nato-ko"], digest.Answer.Citations.Select(c => c.DocumentId).Order());
        Assert.Equal([1, 2], digest.Answer.Citations.Select(c => c.N));
        Assert.True(digest.Answer.Answered);
        Assert.StartsWith("New articles for your watch “Korea NATO” (2):", digest.Answer.Text, StringComparison.Ordinal);
        var korean = Assert.Single(digest.Answer.Citations, c => c.DocumentId == "nato-ko");
        Assert.Equal("한국과 나토는 3일 브뤼셀에서 개별 맞춤형 파트너십 협의를 열고 사이버 방위 협력을 논의했다.", korean.Quote);
        Assert.Contains($"- {korean.Quote} — 연합뉴스, 2026-03-04 [{korean.N}]", digest.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestsAsync_ReadsOnlyTheLoadsDocuments_NotEarlierOnesOnTheTopic()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);

        Assert.Empty(await LoadAsync(WatchTestArticles.ChipsKorean()));
        var digest = Assert.Single(await LoadAsync(WatchTestArticles.KoreaNatoEnglish()));

        Assert.Equal(["nato-en"], digest.Answer.Citations.Select(c => c.DocumentId));
    }

    [Fact]
    public async Task DigestsAsync_GivesEachMatchingWatchItsOwnDigest_InItsLanguage()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);
        await _watches.AddAsync("dl-conversation", "directline", "반도체 협력", CancellationToken.None);

        var digests = await LoadAsync(WatchTestArticles.KoreaNatoEnglish(), WatchTestArticles.ChipsKorean());

        Assert.Equal(2, digests.Count);
        var chips = Assert.Single(digests, d => d.Watch.ConversationId == "dl-conversation");
        Assert.Equal(["chips-ko"], chips.Answer.Citations.Select(c => c.DocumentId));
        Assert.StartsWith("감시 중인 주제 ‘반도체 협력’에 새 기사 1건이 들어왔습니다.", chips.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestsAsync_SendsAtMostOneDigestPerInterval_AndCarriesTheMatchesInBetweenToTheNext()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);
        Assert.Single(await LoadAsync(WatchTestArticles.KoreaNatoEnglish()));

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(await LoadAsync(WatchTestArticles.KoreaNatoKorean()));
        Assert.Empty(await _watches.DigestsAsync(LoadedBatch.Empty, CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(31));
        var carried = Assert.Single(await _watches.DigestsAsync(LoadedBatch.Empty, CancellationToken.None));
        Assert.Equal(["nato-ko"], carried.Answer.Citations.Select(c => c.DocumentId));
        Assert.Empty(await _watches.DigestsAsync(LoadedBatch.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_RefusesAWatchOfGenericWordsOnly_ADuplicate_AndOneTooMany()
    {
        Assert.Equal(WatchRefusal.NoTopic, (await _watches.AddAsync(Conversation, "msteams", "관계 협력", CancellationToken.None)).Refusal);
        Assert.Equal(WatchRefusal.None, (await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None)).Refusal);
        var again = await _watches.AddAsync(Conversation, "msteams", "korea  nato", CancellationToken.None);
        await _watches.AddAsync(Conversation, "msteams", "반도체 협력", CancellationToken.None);
        await _watches.AddAsync(Conversation, "msteams", "Kaja Kallas", CancellationToken.None);
        var tooMany = await _watches.AddAsync(Conversation, "msteams", "위성락", CancellationToken.None);

        Assert.Equal((WatchRefusal.AlreadyWatched, 1), (again.Refusal, again.Number));
        Assert.Equal(WatchRefusal.TooMany, tooMany.Refusal);
        Assert.Equal(3, (await _watches.ListAsync(Conversation, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RemoveAsync_RemovesTheWatchOfThatNumber_AndTheOthersMoveUp()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);
        await _watches.AddAsync(Conversation, "msteams", "반도체 협력", CancellationToken.None);

        var removed = await _watches.RemoveAsync(Conversation, 1, CancellationToken.None);

        Assert.Equal("Korea NATO", removed?.Query);
        Assert.Null(await _watches.RemoveAsync(Conversation, 2, CancellationToken.None));
        Assert.Null(await _watches.RemoveAsync("another-conversation", 1, CancellationToken.None));
        Assert.Equal(["반도체 협력"], (await _watches.ListAsync(Conversation, CancellationToken.None)).Select(w => w.Query));
        Assert.Empty(await LoadAsync(WatchTestArticles.KoreaNatoEnglish()));
    }

    [Fact]
    public async Task Watches_SurviveARestart_WithTheirLastDigest()
    {
        await _watches.AddAsync(Conversation, "msteams", "Korea NATO", CancellationToken.None);
        Assert.Single(await LoadAsync(WatchTestArticles.KoreaNatoEnglish()));
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();

        _store = new SqliteDocumentStore(_directory.Path);
        _watches = Service(_store);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var watch = Assert.Single(await _watches.ListAsync(Conversation, CancellationToken.None));
        Assert.Equal(("Korea NATO", "msteams", _clock.GetUtcNow() - TimeSpan.FromMinutes(10)), (watch.Query, watch.ChannelId, watch.LastDigestAt));
        Assert.Empty(await LoadAsync(WatchTestArticles.KoreaNatoKorean()));
        Assert.Equal(["nato-ko"], (await _watches.ListAsync(Conversation, CancellationToken.None))[0].Pending);
    }

    private WatchService Service(SqliteDocumentStore store)
    {
        var names = new NameLexicon();
        return new WatchService(
            new SqliteWatchStore(store), new HybridRetriever(store, new HashingEmbedder(), names: names), names, Options.Create(_options), _clock,
            NullLogger<WatchService>.Instance);
    }

    private async Task<IReadOnlyList<WatchDigest>> LoadAsync(params DiploAssistant.Core.Articles.Article[] articles)
    {
        foreach (var article in articles)
        {
            await StoreTestData.StoreAsync(_store, article);
        }

        return await _watches.DigestsAsync(new LoadedBatch([.. articles.Select(a => a.Document.Id)]), CancellationToken.None);
    }
}
