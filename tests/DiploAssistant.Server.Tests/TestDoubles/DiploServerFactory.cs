using System.Net;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Watches;
using DiploAssistant.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>
/// The real server composition with the core replaced by hand-written fakes. With <c>DIPLO_TEST_REAL_CORE=1</c> the
/// core stays real (and loads the sample data into a temporary store), for end-to-end runs over the real corpus.
/// </summary>
internal sealed class DiploServerFactory(IDictionary<string, string?>? settings = null, bool realCore = false) : WebApplicationFactory<Program>
{
    private readonly string _storePath = Path.Combine(Path.GetTempPath(), "diplo-server-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The store folder the server uses (the real core's SQLite file lies in it).</summary>
    public string StorePath => _storePath;

    public bool UseRealCore { get; } = realCore || Environment.GetEnvironmentVariable("DIPLO_TEST_REAL_CORE") == "1";

    public FakeAskService Ask { get; } = new();

    public FakeIngestionService Ingestion { get; } = new();

    public FakeDocumentStore Store { get; } = new();

    public RecordingConnectorClient? Connector { get; init; }

    public TimeProvider? Clock { get; init; }

    /// <summary>More test services, registered last (e.g. an HTTP handler trusting a loopback certificate).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>When set, receives every log event at every level (the secrets-in-logs test reads them).</summary>
    public ILoggerProvider? LogSink { get; init; }

    /// <summary>
    /// Waits until the sample articles the real core loads at start (in the background) are all stored: a test that
    /// compares two answers must not ask the first while the store is still filling.
    /// </summary>
    public async Task WaitForSampleDataAsync()
    {
        var loader = Services.GetServices<IHostedService>().OfType<SampleDataLoader>().Single();
        await (loader.ExecuteTask ?? Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs the server on a real socket (127.0.0.1, free port) for browser and Node clients, and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Settings the composition reads while registering services (Chat:Provider) must be there before Program builds:
        // host settings reach it as command-line arguments, the in-memory collection below only once it is built.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration =>
        {
            var defaults = new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = string.Empty,
                ["Server:LoadSampleData"] = UseRealCore ? "true" : "false",
                ["Store:Path"] = _storePath,
                ["DirectLine:LongPollSeconds"] = "1",
                ["Bot:TypingIntervalSeconds"] = "0.5",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                defaults[key] = value;
            }

            configuration.AddInMemoryCollection(defaults);
        });
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogSink is null ? LogLevel.Warning : LogLevel.Trace);
            if (LogSink is not null)
            {
                logging.AddProvider(LogSink);
            }
        });
        builder.ConfigureTestServices(services =>
        {
            if (!UseRealCore)
            {
                services.AddSingleton<IAskService>(Ask);
                services.AddSingleton<IStreamingAskService>(Ask);
                services.AddSingleton<IIngestionService>(Ingestion);
                services.AddSingleton<IDocumentStore>(Store);
                services.AddSingleton<IFeedbackStore>(new InMemoryFeedbackStore());
                services.AddSingleton<IConversationAddressStore>(new InMemoryConversationAddressStore());
                services.AddSingleton<IWatchStore>(new InMemoryWatchStore());
            }

            if (Connector is not null)
            {
                services.AddSingleton<IConnectorClient>(Connector);
            }

            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_storePath))
        {
            Directory.Delete(_storePath, recursive: true);
        }
    }
}
