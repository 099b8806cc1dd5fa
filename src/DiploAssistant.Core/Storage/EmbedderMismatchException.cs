namespace DiploAssistant.Core.Storage;

/// <summary>The store was built by another embedder; using it would mix incomparable vectors.</summary>
public sealed class EmbedderMismatchException : DiploException
{
    public EmbedderMismatchException(EmbedderIdentity stored, EmbedderIdentity configured)
        : base($"This store was built with the embedder {stored}, but {configured} is configured. " +
               "Use the same embedder, choose another store directory, or rebuild the store (diplo reindex).")
    {
        Stored = stored;
        Configured = configured;
    }

    public EmbedderIdentity Stored { get; }

    public EmbedderIdentity Configured { get; }
}
