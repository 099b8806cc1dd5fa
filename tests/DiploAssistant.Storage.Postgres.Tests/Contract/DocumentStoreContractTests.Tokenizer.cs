using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The tokenizer contract: a store records which tokenizer made its search terms and re-tokenizes when it changes.</summary>
public abstract partial class DocumentStoreContractTests
{
    private static readonly string[] Questions = ["조현", "판문점 cooperation", "foreign minister Tokyo", "안보 무역 협력", "칼라스 고위대표"];

    [Fact]
    public async Task AFreshStore_RecordsItsTokenizer()
    {
        Assert.Equal(new KoreanTokenizer().Identity, (await Store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
    }

    [Fact]
    public async Task AStoreWrittenBeforeTokenizersWereRecorded_TakesTheConfiguredOne_AndSearchesAsBefore()
    {
        await StoreAllAsync();
        var before = await SearchEveryQuestionAsync(Store);
        await Store.DisposeAsync();
        _store = null;
        await ForgetRecordedTokenizerAsync();

        _store = await OpenStoreAsync();

        Assert.Equal(new KoreanTokenizer().Identity, (await Store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
        Assert.Equal(before, await SearchEveryQuestionAsync(Store));
    }

    [Fact]
    public async Task AStoreOfAnotherTokenizer_IsReTokenizedInPlace_WhenOpenedWithTheNewOne()
    {
        await StoreAllAsync();
        await Store.DisposeAsync();
        _store = null;
        var tokenizer = new PrefixingTokenizer();

        _store = await OpenStoreAsync(tokenizer);

        Assert.Equal(tokenizer.Identity, (await Store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
        var hit = Assert.Single(await Store.SearchLexicalAsync("조현", SearchFilters.None, 10, CancellationToken.None));
        Assert.Equal("brussels/0", hit.ChunkId);
        Assert.Equal(3, (await Store.SearchLexicalAsync("cooperation", SearchFilters.None, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ReTokenizingAndBack_GivesTheRankingAndScoresOfTheOriginalWrite()
    {
        await StoreAllAsync();
        var original = await SearchEveryQuestionAsync(Store);
        await Store.DisposeAsync();
        _store = null;
        await using (var trigrams = await OpenStoreAsync(new KoreanTokenizer(new KoreanTokenizerOptions { Trigrams = true })))
        {
            Assert.NotEqual(original, await SearchEveryQuestionAsync(trigrams));
        }

        _store = await OpenStoreAsync();

        Assert.Equal(original, await SearchEveryQuestionAsync(Store));
        Assert.Equal(new KoreanTokenizer().Identity, (await Store.GetStatisticsAsync(CancellationToken.None)).TokenizerId);
    }

    /// <summary>Deletes the recorded tokenizer, leaving the store as a version that did not record it would have.</summary>
    protected abstract Task ForgetRecordedTokenizerAsync();

    private static async Task<List<(string ChunkId, double Score)>> SearchEveryQuestionAsync(IDocumentStore store)
    {
        var hits = new List<(string, double)>();
        foreach (var question in Questions)
        {
            hits.AddRange((await store.SearchLexicalAsync(question, SearchFilters.None, 10, CancellationToken.None)).Select(h => (h.ChunkId, Math.Round(h.Score, 9))));
        }

        return hits;
    }
}
