using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>What a migration copied: documents by outcome (a re-run finds them all unchanged), chunks written, and the embedder.</summary>
public sealed record MigrationReport(int Added, int Updated, int Unchanged, int Chunks, EmbedderIdentity? Embedder)
{
    public int Documents => Added + Updated + Unchanged;
}
