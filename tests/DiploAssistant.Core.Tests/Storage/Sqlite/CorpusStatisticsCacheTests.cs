using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

/// <summary>The cached idf and average length are those of the store as it is now, after writes as before them.</summary>
public sealed class CorpusStatisticsCacheTests : IDisposable
{
    private static readonly string[] Terms = ["회담", "외교", "없는말", "회담"];

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Read_AfterAWrite_GivesWhatAFreshCacheReads_AndBeforeIt_WhatItReadFirst()
    {
        await using var store = new SqliteDocumentStore(_directory.Path);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("a", "외교 회담", "양국 외교장관이 회담했다."));
        await StoreTestData.StoreAsync(store, StoreTestData.Article("b", "경제", "수출이 늘었다."));
        var cache = new CorpusStatisticsCache();

        var first = await ReadAsync(store, cache);
        var again = await ReadAsync(store, cache);
        await StoreTestData.StoreAsync(store, StoreTestData.Article("c", "회담 결과", "정상 회담에서 합의했다. 회담은 길었다."));
        var afterWrite = await ReadAsync(store, cache);
        var fresh = await ReadAsync(store, new CorpusStatisticsCache());

        Assert.Equal(first.Idf, again.Idf);
        Assert.Equal(first.AverageLength, again.AverageLength);
        Assert.Equal(fresh.Idf, afterWrite.Idf);
        Assert.Equal(fresh.AverageLength, afterWrite.AverageLength);
        Assert.NotEqual(first.Idf[0], afterWrite.Idf[0]);
        Assert.NotEqual(first.AverageLength, afterWrite.AverageLength);
        Assert.Equal(["회담", "외교"], afterWrite.Idf.Select(pair => pair.Key));
    }

    private static async Task<(List<KeyValuePair<string, double>> Idf, double AverageLength)> ReadAsync(SqliteDocumentStore store, CorpusStatisticsCache cache)
    {
        await using var connection = await store.OpenConnectionAsync(CancellationToken.None);
        using var transaction = connection.BeginTransaction(deferred: true);
        var (idf, averageLength) = cache.Read(connection, transaction, Terms);
        return ([.. idf], averageLength);
    }
}
