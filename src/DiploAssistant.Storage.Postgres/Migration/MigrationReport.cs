using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>
/// What a migration copied: documents by outcome (a re-run finds them all unchanged), chunks written, the embedder, and
/// conversation turns copied or found already there.
/// </summary>
public sealed record MigrationReport(int Added, int Updated, int Unchanged, int Chunks, EmbedderIdentity? Embedder)
{
    public int ConversationTurnsCopied { get; init; }

    public int ConversationTurnsAlreadyThere { get; init; }

    public int Documents => Added + Updated + Unchanged;
}
