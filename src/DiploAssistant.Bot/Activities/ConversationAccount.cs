using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiploAssistant.Bot.Activities;

/// <summary>The conversation an activity belongs to; copied whole into replies (it carries Teams' tenant and type).</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public bool? IsGroup { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
