using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>
/// An OpenAI-compatible HTTP server on 127.0.0.1 for contract tests: it records every request (method, path, headers,
/// body) and answers each path with the responses scripted for it, in order (the last one repeats). Responses:
/// chat completions, server-sent-event streams, embeddings (float or base64, as the request asks), an HTTP error,
/// malformed JSON, or silence (to time out).
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpListenerContext, RecordedRequest, Task>>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeOpenAIServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>The base URL an OpenAI-compatible client is configured with.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/v1");

    /// <summary>The server root (an Azure resource endpoint, to which the client appends /openai/v1/).</summary>
    public Uri Root => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public FakeOpenAIServer Chat(string content, string path = "/v1/chat/completions") =>
        Script(path, (context, _) => WriteAsync(context, 200, "application/json", ChatCompletionJson(content)));

    /// <summary>
    /// Streams the deltas as chat.completion.chunk events, then a finish chunk and [DONE]. With <paramref name="holdAfterFirst"/>,
    /// the rest waits until that task completes (to see what a client shows while the model is still writing).
    /// </summary>
    public FakeOpenAIServer ChatStream(IReadOnlyList<string> deltas, string path = "/v1/chat/completions", Task? holdAfterFirst = null) =>
        Script(path, async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.SendChunked = true;
            var output = context.Response.OutputStream;
            for (var i = 0; i < deltas.Count; i++)
            {
                await WriteEventAsync(output, ChunkJson(new JsonObject { ["content"] = deltas[i] }, null));
                if (i == 0 && holdAfterFirst is not null)
                {
                    await holdAfterFirst.WaitAsync(_stop.Token);
                }
            }

            await WriteEventAsync(output, ChunkJson(new JsonObject(), "stop"));
            await output.WriteAsync(Encoding.UTF8.GetBytes("data: [DONE]\n\n"));
            context.Response.Close();
        });

    /// <summary>Answers each request with the chat.completion JSON <paramref name="respond"/> makes of it (a model that reads its prompt).</summary>
    public FakeOpenAIServer Respond(Func<RecordedRequest, string> respond, string path = "/v1/chat/completions") =>
        Script(path, (context, request) => WriteAsync(context, 200, "application/json", respond(request)));

    /// <summary>Streams, per request, the chunk deltas <paramref name="respond"/> makes of it, then its finish reason and [DONE].</summary>
    public FakeOpenAIServer RespondStream(Func<RecordedRequest, (IReadOnlyList<JsonObject> Deltas, string FinishReason)> respond, string path = "/v1/chat/completions") =>
        Script(path, async (context, request) =>
        {
            var (deltas, finishReason) = respond(request);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.SendChunked = true;
            var output = context.Response.OutputStream;
            foreach (var delta in deltas)
            {
                await WriteEventAsync(output, ChunkJson(delta, null));
            }

            await WriteEventAsync(output, ChunkJson(new JsonObject(), finishReason));
            await output.WriteAsync(Encoding.UTF8.GetBytes("data: [DONE]\n\n"));
            context.Response.Close();
        });

    /// <summary>A chat.completion in which the model calls one tool (arguments as the model wrote them, valid JSON or not).</summary>
    public static string ToolCallJson(string name, string arguments, string id) => new JsonObject
    {
        ["id"] = "chatcmpl-2",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(ToolCall(name, arguments, id)) },
            ["finish_reason"] = "tool_calls",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
    }.ToJsonString();

    /// <summary>One tool call as the API writes it (in a message, or with an index in a stream delta).</summary>
    public static JsonObject ToolCall(string name, string arguments, string id, int? index = null)
    {
        var call = new JsonObject { ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments } };
        if (index is { } i)
        {
            call["index"] = i;
        }

        return call;
    }

    /// <summary>Answers /embeddings with a vector per input from <paramref name="embed"/>.</summary>
    public FakeOpenAIServer Embeddings(Func<string, float[]> embed, string path = "/v1/embeddings") =>
        Script(path, (context, request) =>
        {
            var body = request.Json();
            var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
            var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
            var data = new JsonArray();
            for (var i = 0; i < inputs.Count; i++)
            {
                var vector = embed(inputs[i]);
                JsonNode embedding = base64
                    ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                    : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
            }

            var response = new JsonObject
            {
                ["object"] = "list",
                ["data"] = data,
                ["model"] = body["model"]?.GetValue<string>(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
            };
            return WriteAsync(context, 200, "application/json", response.ToJsonString());
        });

    public FakeOpenAIServer Status(string path, int status, string body = """{"error":{"message":"scripted failure","type":"server_error"}}""") =>
        Script(path, (context, _) => WriteAsync(context, status, "application/json", body));

    public FakeOpenAIServer Malformed(string path) =>
        Script(path, (context, _) => WriteAsync(context, 200, "application/json", """{"id": "chatcmpl-1", "choices": [ {"message": """));

    /// <summary>Accepts the request and never answers (until the server is disposed).</summary>
    public FakeOpenAIServer Silent(string path) =>
        Script(path, async (context, _) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                context.Response.Abort();
            }
        });

    /// <summary>Forgets every scripted response (for a server shared by several tests).</summary>
    public FakeOpenAIServer ResetScripts()
    {
        _scripts.Clear();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    public static string ChatCompletionJson(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-1",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
    }.ToJsonString();

    private FakeOpenAIServer Script(string path, Func<HttpListenerContext, RecordedRequest, Task> respond)
    {
        _scripts.GetOrAdd(path, _ => new ConcurrentQueue<Func<HttpListenerContext, RecordedRequest, Task>>()).Enqueue(respond);
        return this;
    }

    private static string ChunkJson(JsonObject delta, string? finishReason) => new JsonObject
    {
        ["id"] = "chatcmpl-1",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    }.ToJsonString();

    private static async Task WriteEventAsync(Stream output, string json)
    {
        await output.WriteAsync(Encoding.UTF8.GetBytes($"data: {json}\n\n"));
        await output.FlushAsync();
    }

    private static async Task WriteAsync(HttpListenerContext context, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys
                .Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var path = context.Request.Url!.AbsolutePath;
            var request = new RecordedRequest(context.Request.HttpMethod, path, headers, body);
            _requests.Enqueue(request);
            if (!_scripts.TryGetValue(path, out var queue) || queue.IsEmpty)
            {
                await WriteAsync(context, 404, "application/json", """{"error":{"message":"nothing scripted"}}""");
                return;
            }

            // The last scripted response repeats, so "500 forever" needs one entry.
            var respond = queue.Count > 1 && queue.TryDequeue(out var next) ? next : queue.TryPeek(out var last) ? last : null;
            await respond!(context, request);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
