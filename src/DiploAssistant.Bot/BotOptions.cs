using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Bot;

/// <summary>How the bot behaves (configuration section <c>Bot</c>). Credentials live at the root, see <see cref="Authentication.BotFrameworkOptions"/>.</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>The bot's display name in replies and the welcome.</summary>
    [Required]
    public string Name { get; set; } = "DiploAssistant";

    /// <summary>Who may load articles from chat: AAD object ids, channel user ids, tenant ids, or <c>*</c> for everyone. Empty: nobody.</summary>
    public IList<string> AllowLoadingFor { get; } = [];

    /// <summary>When not empty, inbound activities whose serviceUrl host is not one of these (or a subdomain) are refused with 400.</summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    /// <summary>Largest accepted <c>/api/messages</c> or Direct Line request body; larger ones get 413.</summary>
    [Range(4 * 1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>Largest chat attachment downloaded for loading.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Hosts (or their subdomains) that files sent in Teams are downloaded from; a Teams attachment anywhere else is refused.
    /// Empty: <see cref="Teams.TeamsFileHosts.Defaults"/> (SharePoint, OneDrive and Teams' own file hosts).
    /// </summary>
    public IList<string> TeamsAttachmentHosts { get; } = [];

    /// <summary>Turns waiting to be answered; when full, new messages get a polite "busy" reply instead.</summary>
    [Range(1, 100_000)]
    public int TurnQueueCapacity { get; set; } = 256;

    /// <summary>"Busy" replies waiting to be sent; when this is full too, the request is refused (503, or 502 on Direct Line).</summary>
    [Range(1, 100_000)]
    public int BusyReplyCapacity { get; set; } = 64;

    /// <summary>Messages one conversation may send per minute (Teams, Direct Line); more are not answered: a channel's get one "please wait" reply per minute, Direct Line's 429 with <c>Retry-After</c>. 0: no limit.</summary>
    [Range(0, 10_000)]
    public int MessagesPerConversationPerMinute { get; set; } = 20;

    /// <summary>Turns answered at the same time.</summary>
    [Range(1, 64)]
    public int TurnConcurrency { get; set; } = 4;

    /// <summary>First delay of the outbound retry backoff (grows exponentially with jitter, up to 20 s; a channel's Retry-After wins).</summary>
    [Range(0.0, 60.0)]
    public double OutboundRetryBaseDelaySeconds { get; set; } = 2.0;

    [Range(0, 10)]
    public int OutboundMaxRetries { get; set; } = 3;

    /// <summary>
    /// The longest one connector call may take with its retries. A channel's <c>Retry-After</c> is waited for in full when the
    /// wait ends before this; a longer one is not started and the call fails.
    /// </summary>
    [Range(1.0, 3600.0)]
    public double OutboundRetryDeadlineSeconds { get; set; } = 120.0;

    /// <summary>
    /// How often the typing indicator is repeated while an answer is being prepared (for a streamed answer: its
    /// informative update, until the text begins).
    /// </summary>
    [Range(0.2, 60.0)]
    public double TypingIntervalSeconds { get; set; } = 2.0;

    /// <summary>
    /// Whether answers written by a chat model are shown while they are written (Teams personal chats, Web Chat). The
    /// extractive default always answers in one message.
    /// </summary>
    public bool StreamAnswers { get; set; } = true;

    /// <summary>Least time between two streamed updates of an answer (Teams asks for about 1–2 s; 0 sends every piece).</summary>
    [Range(0.0, 10.0)]
    public double StreamingIntervalSeconds { get; set; } = 1.0;

    /// <summary>
    /// Where users' browsers reach this server (e.g. <c>https://diplo.example.org/</c>), for the citation links to its
    /// article pages (articles loaded from files have no web address of their own). Default: the address the request came to.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Age at which a Teams stream is closed with the text so far (Teams ends streams at 2 minutes); the checked answer then
    /// replaces that message in place.
    /// </summary>
    [Range(5.0, 115.0)]
    public double MaxStreamSeconds { get; set; } = 100.0;

    /// <summary>Largest serialized reply (Teams refuses activities over about 100 KB); longer answers are shortened to fit.</summary>
    [Range(8 * 1024, 100 * 1024)]
    public int MaxReplyBytes { get; set; } = 80 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var host in TeamsAttachmentHosts)
        {
            if (!Teams.TeamsFileHosts.IsValidHostName(host))
            {
                yield return new ValidationResult(
                    $"Bot:TeamsAttachmentHosts: '{host}' is not a host name (write e.g. sharepoint.com: no scheme, port, path or wildcard).",
                    [nameof(TeamsAttachmentHosts)]);
            }
        }
    }
}
