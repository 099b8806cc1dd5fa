using System.Text;
using System.Text.Json;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.Clusters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Tests.Ingestion;

/// <summary>Wire copies found at ingest through the composed pipeline and the embedded store, and the setting that turns it off.</summary>
public sealed class WireCopyIngestionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplo-wire-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task IngestAsync_PutsReprintsInOneCluster_RepresentedByTheEarliest()
    {
        var listed = await IngestAndListAsync(detect: null);

        Assert.All(["yna-1", "newsis-1", "kbs-1"], id => Assert.Equal(("yna-1", 3), listed[id]));
        Assert.Equal(("exports-1", 1), listed["exports-1"]);
    }

    [Fact]
    public async Task IngestAsync_LeavesEveryDocumentItsOwnCluster_WhenDetectionIsOff()
    {
        var listed = await IngestAndListAsync(detect: "false");

        Assert.All(listed, pair => Assert.Equal((pair.Key, 1), pair.Value));
    }

    private async Task<Dictionary<string, (string?, int)>> IngestAndListAsync(string? detect)
    {
        var settings = new Dictionary<string, string?> { ["Store:Path"] = _directory };
        if (detect is not null)
        {
            settings["Ingestion:DetectWireCopies"] = detect;
        }

        await using var services = new ServiceCollection().AddDiploAssistantCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        var dump = string.Join('\n', new[] { WireCopyArticles.Kbs, WireCopyArticles.Newsis, WireCopyArticles.Yonhap, WireCopyArticles.Exports }.Select(a =>
            JsonSerializer.Serialize(new { id = a.Document.Id, title = a.Document.Title, body = a.Text, date = a.Document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source = a.Document.Source })));

        var report = await services.GetRequiredService<IIngestionService>().IngestAsync(
            new RawSource("copies.jsonl", Encoding.UTF8.GetBytes(dump), "application/jsonl"), CancellationToken.None);

        Assert.Equal(4, report.Added);
        var documents = await services.GetRequiredService<IDocumentStore>().ListAsync(CancellationToken.None);
        return documents.ToDictionary(d => d.Document.Id, d => (d.ClusterId, d.ClusterSize));
    }
}
