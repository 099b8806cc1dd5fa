using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>
/// The server's own build output started as a user starts it, <c>dotnet DiploAssistant.Server.dll</c>, in a separate
/// process on a free loopback port, from a working directory of the test's choosing.
/// </summary>
internal sealed class BuiltServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BuiltServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The server project's build output folder (same configuration as these tests).</summary>
    public static string OutputFolder
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var folder = Path.Combine(Web.WebTestPrerequisites.RepositoryRoot, "src", "DiploAssistant.Server", "bin", configuration, framework.Name);
            return File.Exists(Path.Combine(folder, "DiploAssistant.Server.dll"))
                ? folder
                : throw new DirectoryNotFoundException("Build the server first (it is built with this test project): " + folder);
        }
    }

    /// <summary>Starts <paramref name="serverDll"/> in <paramref name="workingDirectory"/> and waits until <c>/healthz</c> answers.</summary>
    public static async Task<BuiltServer> StartAsync(string serverDll, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new BuiltServer(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = server.Address };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The server exited at start: " + server.Output);
            }

            try
            {
                using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        await server.DisposeAsync();
        throw new TimeoutException("The server did not answer /healthz within a minute: " + server.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
