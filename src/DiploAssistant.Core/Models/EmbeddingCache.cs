using System.Security.Cryptography;
using System.Text;

namespace DiploAssistant.Core.Models;

/// <summary>A bounded least-recently-used map from the SHA-256 of a text to its vector; thread-safe.</summary>
internal sealed class EmbeddingCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, ReadOnlyMemory<float> Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, ReadOnlyMemory<float> Vector)> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public static string KeyOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool TryGet(string key, out ReadOnlyMemory<float> vector)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = default;
        return false;
    }

    public void Add(string key, ReadOnlyMemory<float> vector)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
            }

            _entries[key] = _order.AddFirst((key, vector));
            while (_entries.Count > capacity && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}
