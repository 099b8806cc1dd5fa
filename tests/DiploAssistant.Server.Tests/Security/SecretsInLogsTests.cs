using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>
/// The real server on loopback, every log event at Trace captured, configured with an API key, a bot password, a model key,
/// a Direct Line signing key and a Postgres password; requests that fail auth, call an unreachable model and an unreachable
/// database. None of the secret values may appear in any log event.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string ApiKey = "api-key-Zq81xNw5";
    private const string BotPassword = "bot-password-Hk27pVr4";
    private const string ModelKey = "model-key-Tj64mBs9";
    private const string SigningKey = "signing-key-Lw35cXd8-0123456789abcdefghij";
    private const string DatabasePassword = "pg-password-Qe92fGy1";

    private static readonly string[] Secrets = [ApiKey, BotPassword, ModelKey, SigningKey, DatabasePassword];

    [Fact]
    public async Task AFullRun_WithFailedLogins_AndAnUnreachableModel_LogsNoSecret()
    {
        var closedPort = ClosedLoopbackPort();
        var logs = new CapturingLoggerProvider();
        using (var factory = new DiploServerFactory(Settings(closedPort, "Sqlite"), realCore: true) { LogSink = logs })
        {
            using var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };
            await ExerciseAsync(client);

            using var ask = await client.PostAsJsonAsync("api/ask", new { question = "Where did the envoys meet in Geneva?" });
            var answer = (await ask.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
            Assert.True((bool)answer["answered"]!, "the uploaded article should answer; the model is unreachable, so extractively");
        }

        AssertNoSecretIn(logs, mustMention: "The chat model could not be used");
    }

    [Fact]
    public async Task AnUnreachablePostgresStore_LogsNoPassword()
    {
        var closedPort = ClosedLoopbackPort();
        var logs = new CapturingLoggerProvider();
        using (var factory = new DiploServerFactory(Settings(closedPort, "Postgres"), realCore: true) { LogSink = logs })
        {
            using var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };
            using var health = await client.GetAsync("healthz");
            using var ask = await client.PostAsJsonAsync("api/ask", new { question = "Where did the envoys meet?" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal(HttpStatusCode.InternalServerError, ask.StatusCode);
        }

        AssertNoSecretIn(logs, mustMention: "Health check: the store did not answer");
    }

    private static async Task ExerciseAsync(HttpClient client)
    {
        (await client.GetAsync("/")).Dispose();
        (await client.GetAsync("healthz")).Dispose();

        // Document changes: no key, a wrong key, then the right key (a file, and a URL the SSRF guard refuses).
        (await client.PostAsJsonAsync("api/documents", new { url = "https://news.example.test/a" })).Dispose();
        using (var wrong = new HttpRequestMessage(HttpMethod.Delete, "api/documents/x"))
        {
            wrong.Headers.Add("X-Api-Key", ApiKey + "x");
            (await client.SendAsync(wrong)).Dispose();
        }

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Envoys meet in Geneva\n\nThe envoys met in Geneva on Monday to resume the talks on the ceasefire.\n")), "file", "geneva.txt" },
        };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form };
        upload.Headers.Add("X-Api-Key", ApiKey);
        using var uploaded = await client.SendAsync(upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        using var byUrl = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = JsonContent.Create(new { url = "http://127.0.0.1:9/private" }) };
        byUrl.Headers.Add("X-Api-Key", ApiKey);
        (await client.SendAsync(byUrl)).Dispose();

        // The bot endpoint: no token, and a forged one (its metadata address is a closed loopback port).
        (await client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("hi")))).Dispose();
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Activities.Json(Activities.TeamsMessage("hi")) })
        {
            forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxIn0.c2ln");
            (await client.SendAsync(forged)).Dispose();
        }

        // Direct Line: a conversation whose question goes to the unreachable model.
        using var generated = await client.PostAsync("v3/directline/tokens/generate", null);
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        var conversationId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("{\"type\":\"message\",\"text\":\"Where did the envoys meet?\"}", Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.SendAsync(post)).Dispose();
        for (var i = 0; i < 100; i++)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
            read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(read);
            var activities = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
            if (activities.Count(a => (string?)a!["from"]!["role"] == "bot" && (string?)a["type"] == "message") >= 2)
            {
                break; // the welcome and the answer
            }

            await Task.Delay(100);
        }
    }

    private static void AssertNoSecretIn(CapturingLoggerProvider logs, string mustMention)
    {
        var events = logs.Events.ToList();
        Assert.Contains(events, e => e.Contains(mustMention, StringComparison.Ordinal)); // the failures were logged at all
        Assert.Contains(events, e => e.StartsWith("Trace ", StringComparison.Ordinal) || e.StartsWith("Debug ", StringComparison.Ordinal));
        foreach (var secret in Secrets)
        {
            var leaks = events.Where(e => e.Contains(secret, StringComparison.Ordinal)).ToList();
            Assert.True(leaks.Count == 0, $"a secret appeared in {leaks.Count} log events, e.g.: {leaks.FirstOrDefault()}");
        }
    }

    private static Dictionary<string, string?> Settings(int closedPort, string storeProvider) => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:System"] = "Trace",
        ["Server:LoadSampleData"] = "false",
        ["Api:Key"] = ApiKey,
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppPassword"] = BotPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{closedPort}/openid",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = $"http://127.0.0.1:{closedPort}/emulator-openid",
        ["ToChannelFromBotLoginUrl"] = $"http://127.0.0.1:{closedPort}/tenant",
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["Chat:Provider"] = "OpenAICompatible",
        ["Chat:Endpoint"] = $"http://127.0.0.1:{closedPort}/v1",
        ["Chat:Model"] = "unreachable-model",
        ["Chat:ApiKey"] = ModelKey,
        ["Chat:MaxRetries"] = "0",
        ["Chat:TimeoutSeconds"] = "5",
        ["Store:Provider"] = storeProvider,
        ["Store:ConnectionString"] = $"Host=127.0.0.1;Port={closedPort};Database=diplo;Username=diplo;Password={DatabasePassword};Timeout=3",
    };

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
