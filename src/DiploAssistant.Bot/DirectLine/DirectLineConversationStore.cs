using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Bot.DirectLine;

/// <summary>Direct Line conversations in memory, bounded in number (least recently used evicted) and in idle age.</summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string userId)
    {
        var now = timeProvider.GetUtcNow();
        var conversation = new DirectLineConversation(NewId(), userId, options.Value.MaxActivitiesPerConversation, now);
        lock (_evictionLock)
        {
            EvictIdle(now);
            var excess = _conversations.Count - options.Value.MaxConversations + 1;
            foreach (var oldest in _conversations.Values.OrderBy(c => c.LastUsedAt).Take(Math.Max(0, excess)).ToList())
            {
                _conversations.TryRemove(oldest.Id, out _);
            }

            _conversations[conversation.Id] = conversation;
        }

        return conversation;
    }

    /// <summary>The conversation, or null when unknown or forgotten (idle too long).</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (now - conversation.LastUsedAt > IdleLimit)
        {
            _conversations.TryRemove(conversationId, out _);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private TimeSpan IdleLimit => TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);

    private void EvictIdle(DateTimeOffset now)
    {
        foreach (var conversation in _conversations.Values.Where(c => now - c.LastUsedAt > IdleLimit).ToList())
        {
            _conversations.TryRemove(conversation.Id, out _);
        }
    }

    private static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
