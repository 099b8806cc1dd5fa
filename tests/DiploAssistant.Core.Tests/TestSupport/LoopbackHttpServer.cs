using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that answers each path with a canned response; enough to test fetch limits.</summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Func<string>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public void Respond(string path, string contentType, string body) =>
        _routes[path] = () => Response("200 OK", $"Content-Type: {contentType}\r\n", body);

    public void Redirect(string path, string location) =>
        _routes[path] = () => Response("302 Found", $"Location: {location}\r\n", "");

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

    private static string Response(string status, string headers, string body) =>
        $"HTTP/1.1 {status}\r\n{headers}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            var path = await ReadRequestPathAsync(stream);
            var response = _routes.TryGetValue(path, out var make) ? make() : Response("404 Not Found", "", "");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(response), _stop.Token);
        }
    }

    private async Task<string> ReadRequestPathAsync(NetworkStream stream)
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

        var requestLine = received.ToString().Split("\r\n")[0].Split(' ');
        return requestLine.Length > 1 ? requestLine[1] : "/";
    }
}
