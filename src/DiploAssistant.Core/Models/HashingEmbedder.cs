using System.Numerics.Tensors;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The offline embedder: deterministic vectors from hashed character n-grams (no model weights, no network).
/// Each feature adds ±(1 + ln tf) to one of <see cref="EmbedderIdentity"/>.Dimensions buckets; vectors are L2-normalised.
/// </summary>
public sealed class HashingEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "hashing-ngrams-v1";
    public const int DefaultDimensions = 512;

    private readonly EmbeddingGeneratorMetadata _metadata;

    public HashingEmbedder(int dimensions = DefaultDimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 16);
        Identity = new EmbedderIdentity(ModelId, dimensions);
        _metadata = new EmbeddingGeneratorMetadata("diplo-local", null, ModelId, dimensions);
    }

    /// <summary>The identity a store records for vectors made by this embedder.</summary>
    public EmbedderIdentity Identity { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(result);
    }

    /// <summary>The vector of one text, synchronously (the work is CPU-only).</summary>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[Identity.Dimensions];
        foreach (var (feature, count) in NgramFeatureExtractor.Extract(text))
        {
            var bucket = (int)(feature % (uint)vector.Length);
            var weight = 1f + MathF.Log(count);
            vector[bucket] += (feature & 0x80000000U) == 0 ? weight : -weight;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbedderServiceLookup.Find(this, serviceType, serviceKey, _metadata, Identity);

    public void Dispose()
    {
    }
}
