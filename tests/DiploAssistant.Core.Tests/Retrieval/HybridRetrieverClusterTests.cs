using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Clusters;
using DiploAssistant.Core.Tests.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Retrieval;

public sealed class HybridRetrieverClusterTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private SqliteDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_directory.Path);
        await _store.EnsureEmbedderAsync(StoreTestData.Identity, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task RetrieveAsync_CountsAClusterOnce_AndKeepsItsEarliestDocument()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Kbs, WireCopyArticles.Newsis, WireCopyArticles.Yonhap, WireCopyArticles.Exports);
        var retriever = new HybridRetriever(_store, new HashingEmbedder());

        var results = await retriever.RetrieveAsync("조현 장관 칼라스 고위대표 브뤼셀 회담", Core.Retrieval.SearchFilters.None, 5, CancellationToken.None);

        var story = Assert.Single(results, r => r.Document.Title.Contains("칼라스", StringComparison.Ordinal));
        Assert.Equal("yna-1", story.Document.Id);
        Assert.Equal(["yna-1", "kbs-1", "newsis-1"], story.Cluster!.Members.Select(m => m.Id));
    }

    [Fact]
    public async Task RetrieveAsync_KeepsTheBestCopy_WhenAFilterLeavesTheRepresentativeOut()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Newsis, WireCopyArticles.Yonhap);
        var retriever = new HybridRetriever(_store, new HashingEmbedder());

        var results = await retriever.RetrieveAsync(
            "칼라스 고위대표 회담", Core.Retrieval.SearchFilters.None with { Source = "뉴시스" }, 5, CancellationToken.None);

        Assert.Equal("newsis-1", Assert.Single(results).Document.Id);
    }

    [Fact]
    public async Task RetrieveAsync_RanksAsBefore_WhenNothingIsCopied()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Yonhap, WireCopyArticles.Exports, WireCopyArticles.ChickenAd);
        var unclustered = new SqliteDocumentStore(Path.Combine(_directory.Path, "plain"));
        await using var _ = unclustered;
        foreach (var article in new[] { WireCopyArticles.Yonhap, WireCopyArticles.Exports, WireCopyArticles.ChickenAd })
        {
            await StoreTestData.StoreAsync(unclustered, article, StoreTestData.Hash(article.Document.Title + article.Text));
        }

        var question = "1월 수출 반도체 외교장관 회담";
        var clustered = await new HybridRetriever(_store, new HashingEmbedder()).RetrieveAsync(question, Core.Retrieval.SearchFilters.None, 5, CancellationToken.None);
        var plain = await new HybridRetriever(unclustered, new HashingEmbedder()).RetrieveAsync(question, Core.Retrieval.SearchFilters.None, 5, CancellationToken.None);

        Assert.Equal(plain.Select(r => (r.Chunk.Id, r.Score)), clustered.Select(r => (r.Chunk.Id, r.Score)));
        Assert.All(clustered, r => Assert.Null(r.Cluster));
    }
}
