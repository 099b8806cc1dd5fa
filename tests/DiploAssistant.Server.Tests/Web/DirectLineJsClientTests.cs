using System.Diagnostics;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;

namespace DiploAssistant.Server.Tests.Web;

/// <summary>The real botframework-directlinejs client (Node) against the server on a loopback socket.</summary>
public sealed class DirectLineJsClientTests : IDisposable
{
    private readonly DiploServerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheDirectLineJsClient_StartsAConversation_PostsAQuestion_AndReceivesTheAnswer()
    {
        var node = WebTestPrerequisites.RequireNode();
        var baseUrl = _factory.StartOnLoopback();

        var (exitCode, stdout, stderr) = await RunAsync(node, "directline-client.js", baseUrl.AbsoluteUri, "Where did Cho Hyun meet Kaja Kallas?");

        Assert.True(exitCode == 0, $"node exited with {exitCode}: {stderr}");
        var result = JsonNode.Parse(stdout)!;
        Assert.Equal((string?)result["postedId"], (string?)result["echo"]!["id"]);
        Assert.StartsWith(FakeAskService.AnswerText, (string?)result["answer"]!["text"], StringComparison.Ordinal);
        Assert.Equal(FakeAskService.ArticleUrl, (string?)result["answer"]!["entities"]![0]!["citation"]![0]!["appearance"]!["url"]);
        Assert.Equal("online", (string?)result["status"]);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string node, params string[] arguments)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = WebTestPrerequisites.NodeClientFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
