using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DiploAssistant.Bench.Crash;

/// <summary>The real server as a separate process on a free loopback port, over the store its environment names, with an API key set.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _apiKey;

    private ServerProcess(ChildProcess process, int port, string apiKey)
    {
        Process = process;
        Port = port;
        _apiKey = apiKey;
    }

    public ChildProcess Process { get; }

    public int Port { get; }

    /// <summary>Starts the server over the SQLite store in <paramref name="store"/> and waits until <c>/healthz</c> answers.</summary>
    public static Task<ServerProcess> StartAsync(
        string serverDll, string store, string apiKey, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        StartAsync(serverDll, apiKey, new Dictionary<string, string>(environment) { ["DIPLO_Store__Path"] = Path.GetFullPath(store) }, cancellationToken);

    /// <summary>Starts the server on the store its environment names and waits until <c>/healthz</c> answers.</summary>
    public static async Task<ServerProcess> StartAsync(
        string serverDll, string apiKey, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var settings = new Dictionary<string, string>(environment)
        {
            ["DIPLO_Api__Key"] = apiKey,
            ["DIPLO_Server__LoadSampleData"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var server = new ServerProcess(ChildProcess.Start(serverDll, ["--urls", $"http://127.0.0.1:{port}"], settings), port, apiKey);
        using var http = server.Client();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.Process.HasExited)
            {
                throw new InvalidOperationException($"The server exited at start: {server.Process.Output} {server.Process.Error}");
            }

            try
            {
                using var health = await http.GetAsync("healthz", cancellationToken).ConfigureAwait(false);
                if (health.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        await server.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException("The server did not answer /healthz within 60 s.");
    }

    /// <summary>A client for this server that sends the API key.</summary>
    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromMinutes(20) };
        http.DefaultRequestHeaders.Add("X-Api-Key", _apiKey);
        return http;
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
