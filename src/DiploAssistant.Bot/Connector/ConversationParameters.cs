using DiploAssistant.Bot.Activities;

namespace DiploAssistant.Bot.Connector;

/// <summary>The body of <c>POST /v3/conversations</c> (spec §2.2): who to talk to, and in Teams the tenant and channel data.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public System.Text.Json.Nodes.JsonObject? ChannelData { get; set; }
}
