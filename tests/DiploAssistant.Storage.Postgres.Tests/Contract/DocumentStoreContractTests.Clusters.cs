using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Clusters;
using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.Clusters;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>Wire-copy clusters as both stores keep them: the same clusters, whatever the store, the order or the batch.</summary>
public abstract partial class DocumentStoreContractTests
{
    [Fact]
    public async Task UpsertManyAsync_ClustersCopies_UnderTheEarliest_WhateverTheOrderAndBatch()
    {
        await Store.UpsertManyAsync([Signed(WireCopyArticles.Kbs), Signed(WireCopyArticles.Exports)], CancellationToken.None);
        await Store.UpsertManyAsync([Signed(WireCopyArticles.Newsis), Signed(WireCopyArticles.Yonhap)], CancellationToken.None);

        var listed = (await Store.ListAsync(CancellationToken.None)).ToDictionary(d => d.Document.Id, d => (d.ClusterId, d.ClusterSize));

        Assert.Equal(("yna-1", 3), listed["yna-1"]);
        Assert.Equal(("yna-1", 3), listed["newsis-1"]);
        Assert.Equal(("yna-1", 3), listed["kbs-1"]);
        Assert.Equal(("exports-1", 1), listed["exports-1"]);
    }

    [Fact]
    public async Task GetClustersAsync_ListsACopysClusterEarliestFirst()
    {
        await Store.UpsertManyAsync([Signed(WireCopyArticles.Newsis), Signed(WireCopyArticles.Yonhap), Signed(WireCopyArticles.Exports)], CancellationToken.None);

        var clusters = await ((IClusterReader)Store).GetClustersAsync(["newsis-1", "exports-1"], CancellationToken.None);

        Assert.False(clusters.ContainsKey("exports-1"));
        Assert.Equal(["yna-1", "newsis-1"], clusters["newsis-1"].Members.Select(m => m.Id));
        Assert.Equal(WireCopyArticles.Newsis.Document, clusters["newsis-1"].Members[1]);
    }

    [Fact]
    public async Task RemoveAsync_HandsTheClusterToTheNextEarliest_AndAReplacementLeavesIt()
    {
        await Store.UpsertManyAsync([Signed(WireCopyArticles.Yonhap), Signed(WireCopyArticles.Newsis), Signed(WireCopyArticles.Kbs)], CancellationToken.None);

        await Store.RemoveAsync("yna-1", CancellationToken.None);
        var afterRemoval = (await Store.ListAsync(CancellationToken.None)).ToDictionary(d => d.Document.Id, d => (d.ClusterId, d.ClusterSize));
        var otherStory = WireCopyArticles.Exports with { Document = WireCopyArticles.Kbs.Document with { Title = WireCopyArticles.Exports.Document.Title } };
        await Store.UpsertManyAsync([Signed(otherStory)], CancellationToken.None);
        var afterReplacement = (await Store.ListAsync(CancellationToken.None)).ToDictionary(d => d.Document.Id, d => (d.ClusterId, d.ClusterSize));

        Assert.Equal(("kbs-1", 2), afterRemoval["newsis-1"]);
        Assert.Equal(("kbs-1", 2), afterRemoval["kbs-1"]);
        Assert.Equal(("newsis-1", 1), afterReplacement["newsis-1"]);
        Assert.Equal(("kbs-1", 1), afterReplacement["kbs-1"]);
    }

    [Fact]
    public async Task UpsertManyAsync_KeepsAdvertorialsAndUnsignedDocumentsAlone()
    {
        var unsigned = Signed(WireCopyArticles.Yonhap) with { Signature = null };
        await Store.UpsertManyAsync([Signed(WireCopyArticles.ChickenAd), Signed(WireCopyArticles.GinsengAd), unsigned], CancellationToken.None);
        await Store.UpsertManyAsync([Signed(WireCopyArticles.Newsis)], CancellationToken.None);

        Assert.All(await Store.ListAsync(CancellationToken.None), d => Assert.Equal((d.Document.Id, 1), (d.ClusterId, d.ClusterSize)));
    }

    /// <summary>The article as one chunk with a 4-dimensional vector, signed as ingestion signs it.</summary>
    private static DocumentUpsert Signed(Article article)
    {
        var chunk = new Chunk(Chunk.MakeId(article.Document.Id, 0), article.Document.Id, 0, article.Text, 0);
        return new DocumentUpsert(article, "hash-" + article.Document.Id + "-" + article.Document.Title.Length, [chunk], [TestVectors.Unit(1, 0, 1, 0)])
        {
            Signature = MinHashSignature.Compute(article.Document.Title, article.Text),
        };
    }
}
