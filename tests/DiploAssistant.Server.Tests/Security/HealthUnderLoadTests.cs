using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DiploAssistant.Server.Tests.TestDoubles;
using DiploAssistant.Web.Api;
using DiploAssistant.Web.Api.Ask;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Server.Tests.Security;

/// <summary>Liveness is answered outside the ask queue and the store; readiness checks the store; a full ask queue is a 503.</summary>
public sealed class HealthUnderLoadTests : IDisposable
{
    private readonly DiploServerFactory _factory = new(new Dictionary<string, string?>
    {
        ["Api:AskConcurrency"] = "1",
        ["Api:AskQueueLimit"] = "1",
        ["RateLimits:Enabled"] = "false",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WhileEveryAskSlotAndTheQueueAreTaken_HealthAnswers_AndTheNextAskGets503()
    {
        var client = _factory.CreateClient();
        _factory.Ask.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answering = client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });
        await WaitUntilAsync(() => !_factory.Ask.Requests.IsEmpty);
        var waiting = client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });
        await WaitUntilAsync(() => _factory.Services.GetRequiredService<AskGate>().Waiting == 1);

        using var refused = await client.PostAsJsonAsync("/api/ask", new { question = "Where did Cho Hyun meet Kaja Kallas?" });
        using var live = await client.GetAsync("/healthz/live");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Single(_factory.Ask.Requests);

        _factory.Ask.Gate.SetResult();
        using var first = await answering;
        using var second = await waiting;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, _factory.Ask.Requests.Count);
    }

    [Fact]
    public async Task Liveness_Answers_WhenTheStoreIsDown_AndReadinessDoesNot()
    {
        _factory.Store.Unavailable = true;
        var client = _factory.CreateClient();

        using var live = await client.GetAsync("/healthz/live");
        using var ready = await client.GetAsync("/healthz/ready");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", (string?)(await live.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task Readiness_ReportsTheStore()
    {
        var ready = await _factory.CreateClient().GetFromJsonAsync<JsonObject>("/healthz/ready");

        Assert.Equal("ok", (string?)ready!["status"]);
        Assert.Equal(2, (int)ready["documents"]!);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
