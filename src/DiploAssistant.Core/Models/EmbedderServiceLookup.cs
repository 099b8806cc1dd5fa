using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The <see cref="IEmbeddingGenerator{TInput, TEmbedding}.GetService"/> answer every embedder here gives: its metadata,
/// its <see cref="EmbedderIdentity"/> (what the store records), or itself.
/// </summary>
internal static class EmbedderServiceLookup
{
    public static object? Find(object embedder, Type serviceType, object? serviceKey, EmbeddingGeneratorMetadata metadata, EmbedderIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return metadata;
        }

        if (serviceType == typeof(EmbedderIdentity))
        {
            return identity;
        }

        return serviceType.IsInstanceOfType(embedder) ? embedder : null;
    }
}
