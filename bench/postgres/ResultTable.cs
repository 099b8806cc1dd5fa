namespace DiploAssistant.Bench.Postgres;

/// <summary>Prints both stores' figures and the Postgres / SQLite ratios as a Markdown table.</summary>
internal static class ResultTable
{
    public static void Print(StoreResult baseline, StoreResult candidate)
    {
        Console.WriteLine();
        Console.WriteLine($"| measure | {baseline.Name} | {candidate.Name} | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        Row("ingest (documents/s)", baseline.DocumentsPerSecond, candidate.DocumentsPerSecond);
        Row("lexical p50 (ms)", baseline.Lexical.P50, candidate.Lexical.P50);
        Row("lexical p95 (ms)", baseline.Lexical.P95, candidate.Lexical.P95);
        Row("vector p50 (ms)", baseline.Vector.P50, candidate.Vector.P50);
        Row("vector p95 (ms)", baseline.Vector.P95, candidate.Vector.P95);
        Row("hybrid p50 (ms)", baseline.Hybrid.P50, candidate.Hybrid.P50);
        Row("hybrid p95 (ms)", baseline.Hybrid.P95, candidate.Hybrid.P95);
    }

    private static void Row(string measure, double baseline, double candidate) =>
        Console.WriteLine($"| {measure} | {baseline:F1} | {candidate:F1} | {(baseline == 0 ? 0 : candidate / baseline):F2}× |");
}
