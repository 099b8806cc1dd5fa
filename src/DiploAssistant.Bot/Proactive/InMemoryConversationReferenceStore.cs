using System.Collections.Concurrent;

namespace DiploAssistant.Bot.Proactive;

/// <summary>Conversation references for this process, bounded (the oldest are forgotten first); a new message refreshes one.</summary>
internal sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private const int MaxReferences = 10_000;
    private readonly ConcurrentDictionary<string, (ConversationReference Reference, long Seen)> _references = new(StringComparer.Ordinal);
    private long _clock;

    public void Save(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _references[reference.ConversationId] = (reference, Interlocked.Increment(ref _clock));
        if (_references.Count > MaxReferences)
        {
            foreach (var oldest in _references.OrderBy(r => r.Value.Seen).Take(_references.Count - MaxReferences).ToList())
            {
                _references.TryRemove(oldest);
            }
        }
    }

    public ConversationReference? Find(string conversationId) =>
        _references.TryGetValue(conversationId, out var entry) ? entry.Reference : null;

    public IReadOnlyList<ConversationReference> List() => [.. _references.Values.OrderBy(r => r.Seen).Select(r => r.Reference)];
}
