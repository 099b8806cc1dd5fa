using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The batch contract ingestion relies on: one outcome per document in order, all written or none, hashes read at once.</summary>
public abstract partial class DocumentStoreContractTests
{
    [Fact]
    public async Task UpsertManyAsync_ReportsEachOutcome_InTheOrderGiven()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        var changed = TestDocuments.Brussels.WithPassages("hash-brussels-2", "칼라스 대표가 서울을 방문했다.");

        var outcomes = await Store.UpsertManyAsync(
            [TestDocuments.Tokyo.ToUpsert(), changed.ToUpsert(), TestDocuments.Tokyo.ToUpsert(), TestDocuments.Panmunjom.ToUpsert()],
            CancellationToken.None);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Updated, UpsertOutcome.Unchanged, UpsertOutcome.Added], outcomes);
        Assert.Equal(3, (await Store.GetStatisticsAsync(CancellationToken.None)).Chunks);
        Assert.Equal(
            new Dictionary<string, string> { ["brussels"] = "hash-brussels-2", ["tokyo"] = "hash-tokyo-1" },
            await Store.GetContentHashesAsync(["brussels", "tokyo", "absent"], CancellationToken.None));
    }

    [Fact]
    public async Task UpsertManyAsync_WritesNothing_WhenOneDocumentInTheMiddleIsBad()
    {
        await TestDocuments.Brussels.StoreInAsync(Store);
        var changed = TestDocuments.Brussels.WithPassages("hash-brussels-2", "칼라스 대표가 서울을 방문했다.");
        var bad = TestDocuments.Panmunjom with { Vectors = [new float[] { 1, 0 }] };

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.UpsertManyAsync([changed.ToUpsert(), bad.ToUpsert(), TestDocuments.Tokyo.ToUpsert()], CancellationToken.None));

        Assert.Equal("brussels", Assert.Single(await Store.ListAsync(CancellationToken.None)).Document.Id);
        Assert.Equal("hash-brussels-1", await Store.GetContentHashAsync("brussels", CancellationToken.None));
        Assert.Equal(2, (await Store.GetStatisticsAsync(CancellationToken.None)).Chunks);
    }
}
