namespace DiploAssistant.Core.Storage;

/// <summary>Which embedder built a store's vectors: model id and dimensions. Vectors of different identities are never mixed.</summary>
public sealed record EmbedderIdentity(string ModelId, int Dimensions)
{
    public override string ToString() => $"{ModelId} ({Dimensions} dimensions)";
}
