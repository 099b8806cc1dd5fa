using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DiploAssistant.Server.Tests.TestDoubles;

/// <summary>Inbound activities as Teams and Web Chat send them.</summary>
internal static class Activities
{
    public const string BotId = "28:bot-app-id";

    public static JsonObject TeamsMessage(string text, bool expectReplies = true) => new()
    {
        ["type"] = "message",
        ["id"] = "1718000000000",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/amer/",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Minji Kim", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "DiploAssistant" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "a:1xyz;messageid=1718000000000",
            ["conversationType"] = "personal",
            ["tenantId"] = "tenant-1",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "ko-KR",
        ["deliveryMode"] = expectReplies ? "expectReplies" : null,
    };

    public static JsonObject WebChatMessage(string text)
    {
        var activity = TeamsMessage(text);
        activity["channelId"] = "webchat";
        activity["serviceUrl"] = "https://webchat.botframework.com/";
        activity["conversation"] = new JsonObject { ["id"] = "webchat-conversation-1" };
        return activity;
    }

    public static StringContent Json(JsonNode activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonArray> PostExpectingRepliesAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsync("/api/messages", Json(activity));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }
}
