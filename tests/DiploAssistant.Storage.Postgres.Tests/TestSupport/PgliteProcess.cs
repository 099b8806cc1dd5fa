using System.Diagnostics;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>Starts and stops <c>node scripts/pglite/server.mjs PORT</c>; fails loudly when Node or the packages are missing.</summary>
internal static class PgliteProcess
{
    private const string ReadyLine = "PGLITE READY";

    public static Process Start(int port)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "scripts", "pglite");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@electric-sql", "pglite-socket")))
        {
            throw new InvalidOperationException(
                $"The PGlite packages are not installed in {folder}: run scripts/pglite/install.sh (needs Node and npm), " +
                $"or set {PostgresServerFixture.EnvironmentVariable} to the connection string of a PostgreSQL with pgvector.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("server.mjs");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node is needed to run PGlite for the Postgres tests (then run scripts/pglite/install.sh), " +
                $"or set {PostgresServerFixture.EnvironmentVariable}.", e);
        }
    }

    public static async Task WaitUntilReadyAsync(Process server, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var errors = server.StandardError.ReadToEndAsync(cancellation.Token);
        try
        {
            while (await server.StandardOutput.ReadLineAsync(cancellation.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
                {
                    // Keep draining its output so the server never blocks on a full pipe.
                    _ = server.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"PGlite did not report ready within {timeout}.");
        }

        throw new InvalidOperationException($"PGlite stopped before it was ready: {await errors.ConfigureAwait(false)}");
    }

    public static async Task StopAsync(Process server)
    {
        if (server.HasExited)
        {
            return;
        }

        // Closing its stdin asks the server to stop; it is killed if it does not.
        server.StandardInput.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await server.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
        }
    }
}
