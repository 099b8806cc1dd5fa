using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DiploAssistant.Bot.Activities;

/// <summary>A Bot Framework v3 activity: the fields this bot reads or writes; anything else round-trips through <see cref="Extra"/>.</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? InputHint { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonObject>? Entities { get; set; }

    public JsonObject? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonNode? Value { get; set; }

    public string? DeliveryMode { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
