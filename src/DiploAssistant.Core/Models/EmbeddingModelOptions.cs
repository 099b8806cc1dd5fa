using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Models;

/// <summary>The embedding model that vectorizes chunks and questions (configuration section <c>Embeddings</c>).</summary>
public sealed class EmbeddingModelOptions : ModelOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>
    /// Length of the model's vectors (1536 for text-embedding-3-small, 768 for nomic-embed-text). Required with a model:
    /// the store records it, and a response of another length is refused rather than stored.
    /// </summary>
    [Range(0, 16_384)]
    public int Dimensions { get; set; }

    /// <summary>Texts sent in one request.</summary>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 64;

    /// <summary>Vectors kept in memory, keyed by the SHA-256 of their text (0 turns the cache off).</summary>
    [Range(0, 1_000_000)]
    public int CacheEntries { get; set; } = 10_000;
}
