using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Tests.Clusters;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteDocumentStoreClusterTests : IAsyncLifetime
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
    public async Task ListAsync_ShowsCopiesInTheClusterOfTheEarliest_WhateverTheLoadingOrder()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Kbs, WireCopyArticles.Exports, WireCopyArticles.Newsis, WireCopyArticles.Yonhap);

        var listed = (await _store.ListAsync(CancellationToken.None)).ToDictionary(d => d.Document.Id);

        Assert.All(["yna-1", "newsis-1", "kbs-1"], id => Assert.Equal(("yna-1", 3), (listed[id].ClusterId, listed[id].ClusterSize)));
        Assert.Equal(("exports-1", 1), (listed["exports-1"].ClusterId, listed["exports-1"].ClusterSize));
    }

    [Fact]
    public async Task UpsertManyAsync_ClustersCopiesWrittenInOneBatch()
    {
        await WireCopyArticles.StoreBatchAsync(_store, WireCopyArticles.Newsis, WireCopyArticles.Kbs, WireCopyArticles.Yonhap);

        Assert.All(await _store.ListAsync(CancellationToken.None), d => Assert.Equal(("yna-1", 3), (d.ClusterId, d.ClusterSize)));
    }

    [Fact]
    public async Task RemoveAsync_HandsTheClusterToTheNextEarliest_WhenTheRepresentativeGoes()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Yonhap, WireCopyArticles.Newsis, WireCopyArticles.Kbs);

        await _store.RemoveAsync("yna-1", CancellationToken.None);

        var listed = await _store.ListAsync(CancellationToken.None);
        Assert.All(listed, d => Assert.Equal(("kbs-1", 2), (d.ClusterId, d.ClusterSize)));
    }

    [Fact]
    public async Task UpsertAsync_TakesAReplacedDocumentOutOfItsCluster_WhenItsTextBecomesAnotherStory()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Yonhap, WireCopyArticles.Newsis);

        var replaced = WireCopyArticles.Exports with { Document = WireCopyArticles.Yonhap.Document with { Title = WireCopyArticles.Exports.Document.Title } };
        await WireCopyArticles.StoreAsync(_store, replaced);

        var listed = (await _store.ListAsync(CancellationToken.None)).ToDictionary(d => d.Document.Id);
        Assert.Equal(("yna-1", 1), (listed["yna-1"].ClusterId, listed["yna-1"].ClusterSize));
        Assert.Equal(("newsis-1", 1), (listed["newsis-1"].ClusterId, listed["newsis-1"].ClusterSize));
    }

    [Fact]
    public async Task GetClustersAsync_GivesEachCopyItsClusterEarliestFirst_AndNothingForASingleton()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Newsis, WireCopyArticles.Yonhap, WireCopyArticles.Exports);

        var clusters = await _store.GetClustersAsync(["newsis-1", "exports-1"], CancellationToken.None);

        Assert.False(clusters.ContainsKey("exports-1"));
        var cluster = clusters["newsis-1"];
        Assert.Same(cluster, clusters["yna-1"]);
        Assert.Equal("yna-1", cluster.ClusterId);
        Assert.Equal(["yna-1", "newsis-1"], cluster.Members.Select(m => m.Id));
        Assert.Equal("뉴시스", cluster.Members[1].Source);
    }

    [Fact]
    public async Task UpsertAsync_KeepsAdvertorialsApart_AndDocumentsWithoutASignatureAlone()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.ChickenAd, WireCopyArticles.GinsengAd);
        await StoreTestData.StoreAsync(_store, WireCopyArticles.Renamed(WireCopyArticles.Yonhap, "unsigned"));
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Yonhap);

        var listed = await _store.ListAsync(CancellationToken.None);

        Assert.All(listed, d => Assert.Equal((d.Document.Id, 1), (d.ClusterId, d.ClusterSize)));
    }

    [Fact]
    public async Task Schema_Version7_AddsTheClusterTables_AfterAPlaceholder6()
    {
        await WireCopyArticles.StoreAsync(_store, WireCopyArticles.Yonhap);
        await using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version; ";
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "SELECT (SELECT COUNT(*) FROM document_bands), (SELECT COUNT(*) FROM document_clusters)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.Equal(7, version);
        Assert.Equal(Core.Clusters.MinHashSignature.Bands, reader.GetInt32(0));
        Assert.Equal(1, reader.GetInt32(1));
    }
}
