using DiploAssistant.Bench.Crash;
using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Cli.Tests.Processes;

public sealed class VersionOracleTests
{
    private static readonly VersionOracle Oracle = new(
        new Dictionary<string, string> { ["a"] = "a-old", ["b"] = "b-old" },
        new Dictionary<string, string> { ["a"] = "a-new", ["b"] = "b-old", ["a-1f2e3d4c"] = "a-beside" });

    [Fact]
    public void AnUpdateKilledMidway_MayHoldADocumentOnlyTheNewVersionHas()
    {
        var observation = Oracle.Observe("update", 1, Report(("a", "a-new"), ("b", "b-old"), ("a-1f2e3d4c", "a-beside")), 0, everyOldDocument: true);

        Assert.Empty(observation.Problems);
        Assert.Equal(2, observation.NewVersions);
    }

    [Fact]
    public void AnUpdateKilledMidway_MustNotLoseADocumentOfTheCompleteLoad()
    {
        var observation = Oracle.Observe("update", 1, Report(("a", "a-new"), ("a-1f2e3d4c", "a-beside")), 0, everyOldDocument: true);

        Assert.Equal(["1 of the 2 documents of the complete load are missing"], observation.Problems);
    }

    [Fact]
    public void ALoadKilledMidway_MayMissDocuments_ButHoldsNoneOfAnotherVersion()
    {
        var observation = Oracle.Observe("load", 1, Report(("a", "a-changed")), 0, everyOldDocument: false);

        Assert.Equal(["document a is neither its old nor its new version"], observation.Problems);
    }

    private static SqliteStoreCheckReport Report(params (string Id, string Fingerprint)[] documents) =>
        new(documents.Length, documents.Length, [], documents.ToDictionary(d => d.Id, d => d.Fingerprint));
}
