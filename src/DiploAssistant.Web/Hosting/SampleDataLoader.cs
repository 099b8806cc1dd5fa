using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Hosting;

/// <summary>First start: when the store holds no documents, loads the sample articles in the background.</summary>
internal sealed partial class SampleDataLoader(
    IServiceScopeFactory scopeFactory,
    IOptions<ServerOptions> options,
    IHostEnvironment environment,
    ILogger<SampleDataLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.LoadSampleData)
        {
            return;
        }

        var path = string.IsNullOrWhiteSpace(settings.SampleDataPath)
            ? SampleDataLocator.Find(environment.ContentRootPath, AppContext.BaseDirectory)
            : settings.SampleDataPath;
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            LogNoSampleData(path ?? "(none found)");
            return;
        }

        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            var statistics = await store.GetStatisticsAsync(stoppingToken).ConfigureAwait(false);
            if (statistics.Documents > 0)
            {
                return;
            }

            LogLoading(path);
            var ingestion = scope.ServiceProvider.GetRequiredService<IIngestionService>();
            var report = await ingestion.IngestAsync([path], null, null, stoppingToken).ConfigureAwait(false);
            LogLoaded(report.Added, report.Failed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        catch (Exception ex)
        {
            LogFailed(ex, path);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No sample data to load at {Path}")]
    private partial void LogNoSampleData(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty: loading sample articles from {Path}")]
    private partial void LogLoading(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample articles loaded: {Added} added, {Failed} failed")]
    private partial void LogLoaded(int added, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading sample articles from {Path} failed")]
    private partial void LogFailed(Exception exception, string path);
}
