using System.Collections.Concurrent;
using System.Text.Json;
using DiploAssistant.Bot.Activities;
using DiploAssistant.Core.Conversations;

namespace DiploAssistant.Bot.Proactive;

/// <summary>
/// Conversation references kept in the store (<see cref="IConversationAddressStore"/>, as JSON), so that proactive sends
/// work after a restart and from any replica. A reference is written only when it differs from the one this process last
/// wrote for that conversation: most inbound activities change nothing.
/// </summary>
internal sealed class StoredConversationReferenceStore(IConversationAddressStore addresses, TimeProvider timeProvider) : IConversationReferenceStore
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var json = JsonSerializer.Serialize(reference, ActivityJson.Options);
        if (_written.TryGetValue(reference.ConversationId, out var last) && string.Equals(last, json, StringComparison.Ordinal))
        {
            return;
        }

        await addresses.SaveAsync(
            new ConversationAddress(reference.ConversationId, reference.ChannelId, json, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (_written.Count >= MaxRemembered)
        {
            _written.Clear();
        }

        _written[reference.ConversationId] = json;
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var address = await addresses.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return address is null ? null : Read(address);
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await addresses.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Select(Read).OfType<ConversationReference>()];
    }

    /// <summary>The stored reference; null when the stored text is not one (written by something else), rather than failing every send.</summary>
    private static ConversationReference? Read(ConversationAddress address)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(address.Reference, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
