using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DiploAssistant.Server.Tests.Replicas;

/// <summary>
/// Two server processes on one PostgreSQL, talked to directly (no balancer), the protocol as directlinejs speaks it: a
/// conversation started on A is answered when polled on B, with A's token; an article uploaded on B is answered on A at once.
/// </summary>
public sealed class TwoReplicaDirectLineTests
{
    [PostgresFact]
    public async Task AConversationStartedOnA_IsAnsweredWhenPostedAndPolledOnB_WithTheTokenAIssued()
    {
        await using var replicas = await ReplicaSet.StartAsync(2, loadSample: true);
        using var a = new HttpClient { BaseAddress = replicas[0].Address };
        using var b = new HttpClient { BaseAddress = replicas[1].Address };
        await WaitForDocumentsAsync(b, atLeast: 1);

        var token = (await (await a.PostAsync(new Uri("v3/directline/tokens/generate", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var started = await SendAsync(a, HttpMethod.Post, "v3/directline/conversations", token);
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>();
        using var restarted = await SendAsync(b, HttpMethod.Post, "v3/directline/conversations", token);
        using var posted = await SendAsync(b, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new JsonObject { ["type"] = "message", ["text"] = "Where did Cho Hyun meet Kaja Kallas?", ["from"] = new JsonObject { ["id"] = "dl_x" } });

        var answer = await PollForBotMessageAsync(b, conversationId, token, text => text.Contains("브뤼셀", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode); // started once, on A: B knows
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("브뤼셀", answer, StringComparison.Ordinal);
        Assert.Equal(answer, await PollForBotMessageAsync(a, conversationId, token, text => text.Contains("브뤼셀", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task AnArticleUploadedOnB_IsAnsweredOnA_AtOnce_AndNoLongerOnceRemovedOnB()
    {
        await using var replicas = await ReplicaSet.StartAsync(2, loadSample: false);
        using var a = new HttpClient { BaseAddress = replicas[0].Address };
        using var b = new HttpClient { BaseAddress = replicas[1].Address };
        const string Question = "Where will the Korea-Netherlands 2+2 high-level dialogue be held?";
        Assert.False(await AskAsync(a, Question) is { } before && before["answered"]!.GetValue<bool>());

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("Korea and the Netherlands agreed to hold their next 2+2 high-level dialogue on diplomacy and industry in The Hague next year. The foreign ministers of both countries met in Seoul."u8.ToArray()), "file", "hague.txt" },
        };
        using var uploaded = await b.PostAsync(new Uri("api/documents", UriKind.Relative), form);
        var answer = await AskAsync(a, Question);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.True(answer!["answered"]!.GetValue<bool>(), answer.ToJsonString());
        Assert.Contains("Hague", answer["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        var documentId = answer["citations"]![0]!["documentId"]!.GetValue<string>();

        using var removed = await b.DeleteAsync(new Uri("api/documents/" + Uri.EscapeDataString(documentId), UriKind.Relative));
        var afterRemoval = await AskAsync(a, Question);

        Assert.True(removed.IsSuccessStatusCode, removed.StatusCode.ToString());
        Assert.False(afterRemoval!["answered"]!.GetValue<bool>(), afterRemoval.ToJsonString());
    }

    internal static async Task WaitForDocumentsAsync(HttpClient http, int atLeast)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var documents = await http.GetFromJsonAsync<JsonNode>("api/documents");
            var list = documents as JsonArray ?? documents?["documents"] as JsonArray;
            if (list?.Count >= atLeast)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"Fewer than {atLeast} documents were loaded within 60 s.");
    }

    private static async Task<JsonObject?> AskAsync(HttpClient http, string question)
    {
        using var response = await http.PostAsJsonAsync("api/ask", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonObject>();
    }

    private static async Task<string> PollForBotMessageAsync(HttpClient http, string conversationId, string token, Func<string, bool> wanted)
    {
        var watermark = "0";
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var response = await SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            watermark = set["watermark"]!.GetValue<string>();
            foreach (var activity in set["activities"]!.AsArray())
            {
                var text = activity!["text"]?.GetValue<string>();
                if (activity["from"]?["role"]?.GetValue<string>() == "bot" && text is not null && wanted(text))
                {
                    return text;
                }
            }
        }

        Assert.Fail("No answer was polled within 60 polls.");
        return string.Empty;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string token, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }
}
