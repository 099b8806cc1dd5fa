using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using DiploAssistant.Bench.Crash;

namespace DiploAssistant.Cli.Tests.Processes;

/// <summary><c>diplo serve</c> as a user runs it: a separate process serving the web chat and the API over the store it is given.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string Sample = "000_2028b9ba857662b1";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Serve_AnswersFromTheGivenStore_AndServesTheWebChatPage()
    {
        var (code, _, error) = await _cli.RunAsync("ingest", Path.Combine(CliRun.SamplesDirectory, $"{Sample}.txt"));
        Assert.True(code == 0, error);
        var port = FreePort();

        await using var serve = ChildProcess.Start(
            BuiltPrograms.Diplo, ["serve", "--store", _cli.StoreDirectory, "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await WaitUntilHealthyAsync(serve, http);

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var response = await http.PostAsJsonAsync("api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        var documents = await http.GetFromJsonAsync<JsonArray>("api/documents");

        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)answer!["answered"]!, answer.ToJsonString());
        Assert.Contains("브뤼셀", (string?)answer["answer"], StringComparison.Ordinal);
        // The one sample file is stored as its stories (000_…, 000_…#2, …).
        Assert.All(documents!, d => Assert.StartsWith(Sample, (string?)d!["document"]!["id"], StringComparison.Ordinal));
        Assert.Contains($"Serving on http://127.0.0.1:{port}", serve.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_LeavesAnEmptyStoreEmpty_WhereTheServerProjectWouldLoadTheSamples()
    {
        var port = FreePort();
        await using var serve = ChildProcess.Start(
            BuiltPrograms.Diplo, ["serve", "--store", _cli.StoreDirectory, "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await WaitUntilHealthyAsync(serve, http);

        // The server's own start loads data/ into an empty store in the background within a second or two; give it five.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var documents = await http.GetFromJsonAsync<JsonArray>("api/documents");

        Assert.Empty(documents!);
    }

    private static async Task WaitUntilHealthyAsync(ChildProcess serve, HttpClient http)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            Assert.False(serve.HasExited, $"diplo serve exited: {serve.Output} {serve.Error}");
            try
            {
                using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail($"diplo serve did not answer /healthz within a minute: {serve.Error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
