using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.Crash;

/// <summary>
/// The fingerprints of every document in its old and new version, taken from stores that were loaded without interruption;
/// a checked store passes when each of its documents is exactly one of the two.
/// </summary>
internal sealed class VersionOracle(IReadOnlyDictionary<string, string> old, IReadOnlyDictionary<string, string>? @new)
{
    public int Changed => @new is null ? 0 : old.Count(p => @new.TryGetValue(p.Key, out var n) && n != p.Value);

    /// <summary>
    /// Checks a store after a kill: each document its old or its new version; with <paramref name="everyOldDocument"/> (an
    /// update over a complete load) also none of the old documents missing. Documents only the new version has (an upload of
    /// a changed file stores a changed article without a stated id beside the old one) may be there yet or not.
    /// </summary>
    public KillObservation Observe(string phase, int killedAfter, SqliteStoreCheckReport report, double seconds, bool everyOldDocument)
    {
        var problems = new List<string>(report.Problems);
        var oldVersions = 0;
        var newVersions = 0;
        foreach (var (id, fingerprint) in report.Fingerprints)
        {
            if (old.TryGetValue(id, out var o) && o == fingerprint)
            {
                oldVersions++;
            }
            else if (@new is not null && @new.TryGetValue(id, out var n) && n == fingerprint)
            {
                newVersions++;
            }
            else if (problems.Count < 50)
            {
                problems.Add(old.ContainsKey(id) ? $"document {id} is neither its old nor its new version" : $"document {id} should not exist");
            }
        }

        var missing = everyOldDocument ? old.Keys.Count(id => !report.Fingerprints.ContainsKey(id)) : 0;
        if (missing > 0)
        {
            problems.Add($"{missing} of the {old.Count} documents of the complete load are missing");
        }

        return new KillObservation(phase, killedAfter, report.Documents, oldVersions, newVersions, problems, seconds);
    }

    /// <summary>Problems when <paramref name="report"/> is not exactly the given version of the whole corpus.</summary>
    public static IReadOnlyList<string> Differences(SqliteStoreCheckReport report, IReadOnlyDictionary<string, string> expected, string what)
    {
        var problems = new List<string>(report.Problems);
        if (report.Documents != expected.Count)
        {
            problems.Add($"{what}: {report.Documents} documents where {expected.Count} were expected");
        }

        var differing = expected.Count(p => !report.Fingerprints.TryGetValue(p.Key, out var f) || f != p.Value);
        if (differing > 0)
        {
            problems.Add($"{what}: {differing} documents differ from an uninterrupted load");
        }

        return problems;
    }
}
