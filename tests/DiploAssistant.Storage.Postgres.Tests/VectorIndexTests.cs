using DiploAssistant.Core.Documents;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Npgsql;

namespace DiploAssistant.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class VectorIndexTests
{
    private const string HasIndexSql = "SELECT to_regclass(quote_ident(current_schema()) || '.chunks_embedding') IS NOT NULL";

    // The session holding this schema's bulk-load lock (a one-key advisory lock: its low 32 bits in objid).
    private const string EndTheLoadersSessionSql = """
        SELECT bool_and(pg_terminate_backend(pid)) FROM pg_locks
        WHERE locktype = 'advisory' AND objsubid = 1 AND granted
          AND objid::text::bigint = (hashtext(current_schema() || ':bulk')::bigint & 4294967295)
        """;

    private readonly PostgresServerFixture _server;

    public VectorIndexTests(PostgresServerFixture server)
    {
        _server = server;
    }

    [Fact]
    public async Task ABulkLoadIntoAnEmptyStore_BuildsTheVectorIndexOnce_AtItsEnd()
    {
        if (_server.IsSingleConnection)
        {
            return; // PGlite: a pool of one connection indexes row by row (below).
        }

        var connectionString = await _server.CreateSchemaAsync();
        await using var store = await TestStores.OpenAsync(connectionString);
        Assert.True(await ReadAsync(connectionString, HasIndexSql));

        var load = await store.BeginBulkLoadAsync(CancellationToken.None);
        await store.UpsertManyAsync(Documents(0, 50), CancellationToken.None);
        var duringTheLoad = await ReadAsync(connectionString, HasIndexSql);
        var found = await store.SearchVectorAsync(Vector(3), SearchFilters.None, 1, CancellationToken.None);
        await load.DisposeAsync();

        Assert.False(duringTheLoad);
        Assert.Equal("doc-3", found.Single().DocumentId);
        Assert.True(await ReadAsync(connectionString, HasIndexSql));
        Assert.Equal("doc-3", (await store.SearchVectorAsync(Vector(3), SearchFilters.None, 1, CancellationToken.None)).Single().DocumentId);
    }

    [Fact]
    public async Task ALoadIntoAStoreOfManyChunks_KeepsItsIndex()
    {
        var connectionString = await _server.CreateSchemaAsync();
        await using var store = await TestStores.OpenAsync(connectionString, new PostgresDocumentStoreOptions { DeferVectorIndexBelow = 20 });
        await store.UpsertManyAsync(Documents(0, 20), CancellationToken.None);

        await using (await store.BeginBulkLoadAsync(CancellationToken.None))
        {
            await store.UpsertManyAsync(Documents(20, 5), CancellationToken.None);
            Assert.True(await ReadAsync(connectionString, HasIndexSql));
        }
    }

    [Fact]
    public async Task ALoaderKilledMidLoad_LeavesTheIndexToTheNextStoreThatStarts()
    {
        if (_server.IsSingleConnection)
        {
            return; // PGlite has no second session to end.
        }

        var connectionString = await _server.CreateSchemaAsync();
        var killed = await TestStores.OpenAsync(connectionString);
        var load = await killed.BeginBulkLoadAsync(CancellationToken.None);
        await killed.UpsertManyAsync(Documents(0, 30), CancellationToken.None);
        Assert.True(await ReadAsync(connectionString, EndTheLoadersSessionSql));
        await Assert.ThrowsAnyAsync<Exception>(async () => await load.DisposeAsync());
        await killed.DisposeAsync();

        await using var next = await TestStores.OpenAsync(connectionString);

        Assert.True(await ReadAsync(connectionString, HasIndexSql));
        Assert.Equal("doc-4", (await next.SearchVectorAsync(Vector(4), SearchFilters.None, 1, CancellationToken.None)).Single().DocumentId);
    }

    [Fact]
    public async Task ASecondLoadWhileTheFirstRuns_LeavesTheIndexToTheFirst()
    {
        if (_server.IsSingleConnection)
        {
            return; // PGlite: one connection, no concurrent loads.
        }

        var connectionString = await _server.CreateSchemaAsync();
        await using var first = await TestStores.OpenAsync(connectionString);
        await using var second = await TestStores.OpenAsync(connectionString);
        var firstLoad = await first.BeginBulkLoadAsync(CancellationToken.None);

        await using (await second.BeginBulkLoadAsync(CancellationToken.None))
        {
            await second.UpsertManyAsync(Documents(0, 10), CancellationToken.None);
        }

        var afterTheSecond = await ReadAsync(connectionString, HasIndexSql);
        await firstLoad.DisposeAsync();

        Assert.False(afterTheSecond);
        Assert.True(await ReadAsync(connectionString, HasIndexSql));
    }

    /// <summary>Documents of one chunk each, doc-i's vector <see cref="Vector"/>(i).</summary>
    private static List<DocumentUpsert> Documents(int first, int count) =>
        Enumerable.Range(first, count)
            .Select(i => new TestDocument(
                new DocumentInfo($"doc-{i}", $"회담 {i}", "뉴시스", null, $"data/doc-{i}.txt", new DateOnly(2026, 1, 1), "ko"),
                $"hash-{i}",
                [$"장관이 {i}일 협력 방안을 발표했다."],
                [Vector(i)]).ToUpsert())
            .ToList();

    /// <summary>Points on a circle, 1/64 of a turn apart: every document's own vector is nearest to it.</summary>
    private static float[] Vector(int i) => TestVectors.Unit(MathF.Cos(i * MathF.Tau / 64), MathF.Sin(i * MathF.Tau / 64), 0.5f, 0);

    private static async Task<bool> ReadAsync(string connectionString, string sql)
    {
        await using var dataSource = PostgresDataSourceFactory.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is true;
    }
}
