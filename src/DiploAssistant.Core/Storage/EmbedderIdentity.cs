namespace DiploAssistant.Core.Storage;

/// <summary>Which embedder built a store's vectors: model id and dimensions. Vectors of different identities are never mixed.</summary>
public sealed record EmbedderIdentity(string ModelId, int Dimensions)
{
    /// <summary>Throws <see cref="DiploException"/> when a vector of a re-embedding has not this embedder's dimensions.</summary>
    public void CheckDimensions(IReadOnlyDictionary<string, ReadOnlyMemory<float>> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Values.Any(e => e.Length != Dimensions))
        {
            throw new DiploException($"Every vector must have the embedder's {Dimensions} dimensions.");
        }
    }

    public override string ToString() => $"{ModelId} ({Dimensions} dimensions)";
}
