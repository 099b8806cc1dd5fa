using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DiploAssistant.Bench.Processes;

/// <summary>
/// The DiploAssistant server as a child process on a free loopback port, over an existing store, with no bot app id
/// (authentication off: anonymous Emulator-style access to /api/messages, spec §1.2) and no sample data. Stopped on dispose.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _drainOutput;
    private readonly Task _drainError;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _drainOutput = process.StandardOutput.ReadToEndAsync();
        _drainError = process.StandardError.ReadToEndAsync();
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <param name="settings">Extra environment for the server (e.g. <c>DIPLO_Api__AskConcurrency</c>), laid over the defaults below.</param>
    public static async Task<ServerProcess> StartAsync(
        ProductBinaries binaries, string storeDirectory, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = binaries.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(binaries.Server);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DIPLO_Store__Provider"] = "Sqlite";
        start.Environment["DIPLO_Store__Path"] = storeDirectory;
        start.Environment["DIPLO_Server__LoadSampleData"] = "false";
        start.Environment["DIPLO_MicrosoftAppId"] = "";
        // The load comes from one address and one conversation, so the rate limits would answer it with 429: measure capacity
        // without them (they have their own tests).
        start.Environment["DIPLO_RateLimits__Enabled"] = "false";
        start.Environment["DIPLO_Bot__MessagesPerConversationPerMinute"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var server = new ServerProcess(process, address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped at start (exit {process.ExitCode}).");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        await server.DisposeAsync();
        throw new TimeoutException("The server did not answer /healthz within 120 s.");
    }

    /// <summary>Peak RSS so far (VmHWM), read while the server still runs.</summary>
    public long? PeakRssKilobytes() => ProcessMemory.PeakRssKilobytes(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await Task.WhenAll(_drainOutput, _drainError);
        _process.Dispose();
    }
}
