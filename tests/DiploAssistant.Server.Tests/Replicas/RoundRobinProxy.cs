using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Server.Tests.Replicas;

/// <summary>
/// A load balancer on loopback, as small as one can be: every request goes to the next replica in turn; a replica that
/// refuses the connection (killed) is skipped, and a GET cut off by a dying replica is sent to the next one. Counts what
/// each replica served.
/// </summary>
internal sealed class RoundRobinProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly WebApplication _app;
    private readonly IReadOnlyList<Uri> _replicas;
    private readonly int[] _served;
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        Timeout = TimeSpan.FromSeconds(90),
    };

    private int _next = -1;

    private RoundRobinProxy(WebApplication app, IReadOnlyList<Uri> replicas)
    {
        _app = app;
        _replicas = replicas;
        _served = new int[replicas.Count];
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    /// <summary>How many Direct Line requests each replica answered.</summary>
    public IReadOnlyList<int> DirectLineServed => [.. _served];

    public static async Task<RoundRobinProxy> StartAsync(IReadOnlyList<Uri> replicas)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, replicas);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffered = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffered, context.RequestAborted);
        var body = buffered.ToArray();
        var idempotent = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        for (var attempt = 0; attempt < _replicas.Count; attempt++)
        {
            var index = (int)((uint)Interlocked.Increment(ref _next) % (uint)_replicas.Count);
            using var request = Request(context, body, _replicas[index]);
            try
            {
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
                context.Response.StatusCode = (int)response.StatusCode;
                foreach (var header in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
                {
                    context.Response.Headers[header.Key] = header.Value.ToArray();
                }

                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                if (context.Request.Path.StartsWithSegments("/v3/directline", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _served[index]);
                }

                return;
            }
            catch (HttpRequestException e) when (!context.Response.HasStarted && (idempotent || Refused(e)))
            {
                // that replica is gone: the next one takes the request
            }
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    private static HttpRequestMessage Request(HttpContext context, byte[] body, Uri replica)
    {
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(replica, context.Request.Path + context.Request.QueryString));
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body);
        }

        request.Headers.Host = context.Request.Host.Value;
        foreach (var header in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        return request;
    }

    private static bool Refused(HttpRequestException e) => e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
}
