using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;

namespace DiploAssistant.Storage.Postgres.Tests;

/// <summary>
/// Two stores (as two server replicas would) writing the same document at once leave exactly one version of it.
/// With a real PostgreSQL (DIPLO_TEST_POSTGRES) each store has its own connection and the writes truly overlap; PGlite
/// serves one connection at a time, so there the two stores share it and their transactions interleave instead.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentUpsertTests
{
    private readonly PostgresServerFixture _server;

    public ConcurrentUpsertTests(PostgresServerFixture server)
    {
        _server = server;
    }

    [Fact]
    public async Task ConcurrentUpserts_OfOneDocument_LeaveExactlyOneVersion()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using var shared = PostgresDataSourceFactory.Create(connectionString);
        await using var first = _server.IsSingleConnection ? new PostgresDocumentStore(shared) : new PostgresDocumentStore(connectionString);
        await using var second = _server.IsSingleConnection ? new PostgresDocumentStore(shared) : new PostgresDocumentStore(connectionString);
        await first.EnsureEmbedderAsync(new EmbedderIdentity(TestVectors.ModelId, TestVectors.Dimensions), CancellationToken.None);

        for (var round = 0; round < 10; round++)
        {
            var a = TestDocuments.Brussels.WithPassages($"a-{round}", "첫째 판", "둘째 문단", "셋째 문단");
            var b = TestDocuments.Brussels.WithPassages($"b-{round}", "다른 판");

            var outcomes = await Task.WhenAll(a.StoreInAsync(first), b.StoreInAsync(second));

            Assert.DoesNotContain(UpsertOutcome.Unchanged, outcomes);
            var listed = Assert.Single(await first.ListAsync(CancellationToken.None));
            var winner = listed.ContentHash == a.Hash ? a : b;
            Assert.Equal(winner.Passages.Count, listed.ChunkCount);
            Assert.Equal(winner.Passages.Count, (await second.GetStatisticsAsync(CancellationToken.None)).Chunks);
            var chunks = await second.GetChunksAsync(["brussels/0", "brussels/1", "brussels/2"], CancellationToken.None);
            Assert.Equal(winner.Passages, chunks.Select(c => c.Chunk.Text));
        }
    }
}
