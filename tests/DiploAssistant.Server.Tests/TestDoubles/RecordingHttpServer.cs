using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that records the request line of every connection it accepts and answers each with
/// the same text file: the stand-in for an internal service an attacker would like the server to read.
/// </summary>
internal sealed class RecordingHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RecordingHttpServer(string body = "Internal secret: the launch code is 0000.")
    {
        Body = body;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public string Body { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Every request line received ("GET /secret.txt HTTP/1.1"), and connections that sent none as "".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            Requests.Enqueue(await ReadRequestLineAsync(stream));
            var response = $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.UTF8.GetByteCount(Body)}\r\nConnection: close\r\n\r\n{Body}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(response), _stop.Token);
        }
    }

    private async Task<string> ReadRequestLineAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString().Split("\r\n")[0];
    }
}
