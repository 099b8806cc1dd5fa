namespace DiploAssistant.Bench.Crash;

/// <summary>Everything a crash run saw: the expected corpus, each kill's observation, and every failure in words.</summary>
internal sealed record CrashRunReport(
    string Name,
    int ExpectedDocuments,
    int ChangedDocuments,
    IReadOnlyList<KillObservation> Kills,
    IReadOnlyList<string> Failures,
    double Seconds)
{
    public bool Passed => Failures.Count == 0;
}
