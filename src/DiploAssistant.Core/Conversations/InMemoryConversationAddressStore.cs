using System.Collections.Concurrent;

namespace DiploAssistant.Core.Conversations;

/// <summary>Conversation addresses in process memory (hosts with no store of their own, tests): lost on restart.</summary>
public sealed class InMemoryConversationAddressStore : IConversationAddressStore
{
    private readonly ConcurrentDictionary<string, ConversationAddress> _addresses = new(StringComparer.Ordinal);

    public Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        _addresses[address.ConversationId] = address;
        return Task.CompletedTask;
    }

    public Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_addresses.TryGetValue(conversationId, out var address) ? address : null);

    public Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConversationAddress>>([.. _addresses.Values.OrderBy(a => a.SeenAt)]);
}
