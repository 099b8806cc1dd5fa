namespace DiploAssistant.Bench.Crash;

/// <summary>The store as found after one SIGKILL.</summary>
/// <param name="Phase">"load" (fresh store), "update" (a changed dump over a full store) or "upload" (server).</param>
/// <param name="KilledAfterItems">Items the process had reported when it was killed (uploads: documents stored).</param>
/// <param name="Documents">Documents in the store after the kill.</param>
/// <param name="OldVersions">Documents whole in their old (first) version.</param>
/// <param name="NewVersions">Documents whole in their new (changed) version.</param>
/// <param name="Problems">What was wrong; empty when the store was whole.</param>
/// <param name="CheckSeconds">Time to open and check the store.</param>
internal sealed record KillObservation(
    string Phase,
    int KilledAfterItems,
    int Documents,
    int OldVersions,
    int NewVersions,
    IReadOnlyList<string> Problems,
    double CheckSeconds);
