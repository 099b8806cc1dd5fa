using System.Collections.Concurrent;
using System.Net;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Refuses private addresses as the real fetcher does; "adds" everything else without touching the store.</summary>
internal sealed class FakeIngestionService : IIngestionService
{
    public ConcurrentQueue<string> Inputs { get; } = new();

    public Task<IngestionReport> IngestAsync(IReadOnlyList<string> pathsOrUrls, string? sourceName, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var items = new List<IngestionItem>();
        foreach (var input in pathsOrUrls)
        {
            Inputs.Enqueue(input);
            items.Add(IsPrivate(input)
                ? new IngestionItem(input, null, null, IngestionStatus.Failed, "the address is private or loopback; fetching it is not allowed")
                : new IngestionItem(input, "web-article", "Loaded web article", IngestionStatus.Added));
        }

        return Task.FromResult(new IngestionReport(items));
    }

    public Task<IngestionReport> IngestAsync(RawSource source, CancellationToken cancellationToken)
    {
        Inputs.Enqueue(source.Uri);
        return Task.FromResult(new IngestionReport([new IngestionItem(source.Uri, Path.GetFileNameWithoutExtension(source.Uri), "Uploaded article", IngestionStatus.Added)]));
    }

    private static bool IsPrivate(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return true;
        }

        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(uri.Host, out var address))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168) || (bytes[0] == 169 && bytes[1] == 254);
    }
}
