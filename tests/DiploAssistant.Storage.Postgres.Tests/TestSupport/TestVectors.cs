namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Unit vectors for tests (embedders normalise their vectors, and both stores assume it).</summary>
internal static class TestVectors
{
    public const string ModelId = "test-4d";

    public const int Dimensions = 4;

    public static float[] Unit(params float[] values)
    {
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        return values.Select(v => v / norm).ToArray();
    }
}
