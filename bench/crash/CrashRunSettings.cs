namespace DiploAssistant.Bench.Crash;

/// <summary>How a crash run is made: the programs to kill, where to work, how many kills, and the random seed.</summary>
/// <param name="DiploDll">Path to <c>diplo.dll</c>.</param>
/// <param name="WorkDirectory">Stores and generated dumps go here (the caller deletes it).</param>
/// <param name="Kills">SIGKILLs per phase.</param>
/// <param name="Seed">Seeds the kill points, so a failing run can be repeated.</param>
/// <param name="Environment">Extra environment for the children (e.g. <c>DIPLO_Ingestion__MaxBytes</c> for a large dump).</param>
/// <param name="Log">Progress lines go here.</param>
internal sealed record CrashRunSettings(
    string DiploDll,
    string WorkDirectory,
    int Kills,
    int Seed,
    IReadOnlyDictionary<string, string> Environment,
    TextWriter Log)
{
    /// <summary>Path to <c>DiploAssistant.Server.dll</c>, for the server run.</summary>
    public string? ServerDll { get; init; }
}
