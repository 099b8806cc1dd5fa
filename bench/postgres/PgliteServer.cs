using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DiploAssistant.Bench.Postgres;

/// <summary>PGlite with pgvector on a free loopback port (scripts/pglite/server.mjs), stopped on dispose.</summary>
internal sealed class PgliteServer : IAsyncDisposable
{
    private readonly Process _process;

    private PgliteServer(Process process, int port)
    {
        _process = process;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;SSL Mode=Disable;Gss Encryption Mode=Disable;" +
            "Maximum Pool Size=1;Timeout=30;Command Timeout=600;No Reset On Close=true";
    }

    public string ConnectionString { get; }

    public static async Task<PgliteServer> StartAsync(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "scripts", "pglite");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@electric-sql", "pglite-socket")))
        {
            throw new InvalidOperationException("Run scripts/pglite/install.sh first, or set DIPLO_BENCH_POSTGRES.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("server.mjs");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("PGLITE READY", StringComparison.Ordinal))
            {
                return new PgliteServer(process, port);
            }
        }

        throw new InvalidOperationException("PGlite stopped before it was ready.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
