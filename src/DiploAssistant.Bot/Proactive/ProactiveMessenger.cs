using DiploAssistant.Bot.Activities;
using DiploAssistant.Bot.Connector;
using DiploAssistant.Bot.Turns;
using DiploAssistant.Bot.Turns.Replies;
using DiploAssistant.Core.Answering;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.Proactive;

/// <summary>
/// Messages the bot sends first (watches, alerts): into a conversation it already has, or a new one with a user
/// (<c>POST /v3/conversations</c>), through the same connector client — and the same bearer token — as replies.
/// </summary>
public sealed class ProactiveMessenger
{
    private readonly IConnectorClient _connector;
    private readonly IConversationReferenceStore _references;
    private readonly int _maxReplyBytes;

    internal ProactiveMessenger(IConnectorClient connector, IConversationReferenceStore references, IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connector = connector;
        _references = references;
        _maxReplyBytes = options.Value.MaxReplyBytes;
    }

    /// <summary>Sends markdown text into the stored conversation; returns the channel's id for the message.</summary>
    public async Task<string?> SendAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        var reference = await _references.FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException($"No conversation reference is stored for '{conversationId}': the bot has not heard from it.");
        return await SendAsync(reference, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends markdown text into the referenced conversation (no reply-to: a new message in it).</summary>
    public async Task<string?> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        string? id = null;
        foreach (var part in ReplySizeLimit.Fit(Message(reference, reference.ConversationId, text), _maxReplyBytes))
        {
            id = await _connector.SendAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>
    /// Sends an answer-shaped message (a watch's digest) into the referenced conversation, rendered as replies are — text
    /// with <c>[n]</c> markers and the channel's citations (<see cref="AnswerReplyFactory"/>) — but as a new message, replying to nothing.
    /// </summary>
    public async Task<string?> SendAnswerAsync(ConversationReference reference, Answer answer, Uri? serverAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(answer);
        var message = AnswerReplyFactory.Create(Inbound(reference), answer, serverAddress);
        message.ChannelData = null; // no feedback buttons: nobody asked
        string? id = null;
        foreach (var part in ReplySizeLimit.Fit(message, _maxReplyBytes))
        {
            id = await _connector.SendAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>Starts a one-to-one conversation with the reference's user (Teams: in their tenant) and sends the text as its first message.</summary>
    public async Task<ConversationResource> StartConversationAsync(ConversationReference reference, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var user = reference.User ?? throw new ArgumentException("The reference names no user to talk to.", nameof(reference));
        var first = ReplySizeLimit.Shorten(Message(reference, conversationId: null, text), _maxReplyBytes);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = reference.Bot,
            Members = [new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId }],
            TenantId = reference.TenantId,
            Activity = first,
            ChannelData = reference.TenantId is null ? null : new System.Text.Json.Nodes.JsonObject
            {
                ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = reference.TenantId },
            },
        };
        var created = await _connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
        await _references.SaveAsync(reference with { ConversationId = created.Id, ConversationType = "personal" }, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>The conversation as an activity from its user would show it: what replies are built from.</summary>
    private static Activity Inbound(ConversationReference reference) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = reference.User,
        Recipient = reference.Bot,
        Conversation = new ConversationAccount
        {
            Id = reference.ConversationId,
            TenantId = reference.TenantId,
            ConversationType = reference.ConversationType,
        },
    };

    private static Activity Message(ConversationReference reference, string? conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = reference.Bot,
        Recipient = reference.User,
        Conversation = conversationId is null ? null : new ConversationAccount
        {
            Id = conversationId,
            TenantId = reference.TenantId,
            ConversationType = reference.ConversationType,
        },
    };
}
