using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Conversations;

/// <summary>
/// Conversation history in process memory: per conversation at most <see cref="ConversationHistoryOptions.MaxTurns"/>
/// turns younger than <see cref="ConversationHistoryOptions.MaxAgeMinutes"/>, for at most
/// <see cref="ConversationHistoryOptions.MaxConversations"/> conversations. Lost on restart, not shared between replicas.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly ConversationHistoryOptions _options;
    private readonly TimeProvider _time;

    public InMemoryConversationStore(IOptions<ConversationHistoryOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _time = timeProvider;
    }

    public Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var oldest = _time.GetUtcNow() - TimeSpan.FromMinutes(_options.MaxAgeMinutes);
        lock (_lock)
        {
            IReadOnlyList<ConversationTurn> turns = _conversations.TryGetValue(conversationId, out var conversation)
                ? conversation.Turns.Where(t => t.At >= oldest).ToList()
                : [];
            return Task.FromResult(turns);
        }
    }

    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        if (_options.MaxTurns == 0)
        {
            return Task.CompletedTask;
        }

        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                conversation = new Conversation();
                _conversations[conversationId] = conversation;
            }

            conversation.LastActive = now;
            conversation.Turns.Enqueue(turn);
            while (conversation.Turns.Count > _options.MaxTurns)
            {
                conversation.Turns.Dequeue();
            }

            if (_conversations.Count > _options.MaxConversations)
            {
                Evict(now);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops expired conversations, then the least recently active until within bounds.</summary>
    private void Evict(DateTimeOffset now)
    {
        var oldest = now - TimeSpan.FromMinutes(_options.MaxAgeMinutes);
        foreach (var id in _conversations.Where(c => c.Value.LastActive < oldest).Select(c => c.Key).ToList())
        {
            _conversations.Remove(id);
        }

        var excess = _conversations.Count - _options.MaxConversations;
        foreach (var id in _conversations.OrderBy(c => c.Value.LastActive).Take(Math.Max(0, excess)).Select(c => c.Key).ToList())
        {
            _conversations.Remove(id);
        }
    }

    private sealed class Conversation
    {
        public Queue<ConversationTurn> Turns { get; } = new();

        public DateTimeOffset LastActive { get; set; }
    }
}
