using System.Numerics.Tensors;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite.Vectors;

namespace DiploAssistant.Core.Tests.Storage.Sqlite.Vectors;

/// <summary>
/// The snapshot's search, which scores most entries roughly and only some exactly, returns what scoring every entry
/// exactly returns: the same chunks, in the same order, with the same scores.
/// </summary>
public sealed class VectorSnapshotTests
{
    private const int Dimensions = 64;

    [Theory]
    [InlineData(0.1, 10)]
    [InlineData(0.5, 10)]
    [InlineData(1.0, 25)]
    public void Search_ReturnsWhatAnExactScanReturns(double queryDensity, int limit)
    {
        var random = new Random(7);
        var snapshot = RandomSnapshot(random, rows: 3000, duplicates: 200);

        for (var q = 0; q < 20; q++)
        {
            var query = RandomVector(random, queryDensity);

            Assert.Equal(ExactScan(snapshot.Vectors, query, null, limit), Ids(snapshot.Snapshot.Search(query, null, limit)));
        }
    }

    [Fact]
    public void Search_WithAllowedRows_ReturnsWhatAnExactScanOfThoseRowsReturns()
    {
        var random = new Random(11);
        var snapshot = RandomSnapshot(random, rows: 2000, duplicates: 100);
        var allowed = Enumerable.Range(1, 2000).Where(r => r % 3 == 0).Select(r => (long)r).ToHashSet();

        for (var q = 0; q < 20; q++)
        {
            var query = RandomVector(random, 0.2);

            Assert.Equal(ExactScan(snapshot.Vectors, query, allowed, 30), Ids(snapshot.Snapshot.Search(query, allowed, 30)));
        }
    }

    [Fact]
    public void Search_WhenFewerRowsAreAllowedThanTheLimit_ReturnsThemAll()
    {
        var random = new Random(13);
        var snapshot = RandomSnapshot(random, rows: 500, duplicates: 0);
        var allowed = new HashSet<long> { 3, 77, 400 };

        var found = snapshot.Snapshot.Search(RandomVector(random, 0.3), allowed, 10);

        Assert.Equal(["c3", "c400", "c77"], found.Select(f => f.ChunkId).Order(StringComparer.Ordinal));
    }

    private static (VectorSnapshot Snapshot, float[][] Vectors) RandomSnapshot(Random random, int rows, int duplicates)
    {
        var vectors = new float[rows][];
        for (var i = 0; i < rows; i++)
        {
            // Some rows repeat an earlier one, so exact ties must go to the lower rowid as in an exact scan.
            vectors[i] = i >= duplicates && i < 2 * duplicates ? vectors[i - duplicates] : RandomVector(random, 0.9);
        }

        var flat = vectors.SelectMany(v => v).ToArray();
        var rowIds = Enumerable.Range(1, rows).Select(r => (long)r).ToArray();
        var snapshot = new VectorSnapshot(1, Dimensions, flat, rowIds, [.. rowIds.Select(r => $"c{r}")], [.. rowIds.Select(r => $"d{r}")]);
        return (snapshot, vectors);
    }

    private static float[] RandomVector(Random random, double density)
    {
        var vector = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] = random.NextDouble() < density ? (float)((random.NextDouble() * 2) - 1) : 0f;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    private static List<(string, double)> ExactScan(float[][] vectors, float[] query, HashSet<long>? allowed, int limit)
    {
        var norm = TensorPrimitives.Norm(query);
        return vectors
            .Select((v, i) => (RowId: i + 1L, Score: TensorPrimitives.Dot(query, v)))
            .Where(e => allowed is null || allowed.Contains(e.RowId))
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.RowId)
            .Take(limit)
            .Select(e => ($"c{e.RowId}", (double)(e.Score / norm)))
            .ToList();
    }

    private static List<(string, double)> Ids(IReadOnlyList<ScoredChunk> found) => found.Select(f => (f.ChunkId, f.Score)).ToList();
}
