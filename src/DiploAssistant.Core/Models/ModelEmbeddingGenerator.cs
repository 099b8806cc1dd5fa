using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using AIEmbeddingOptions = Microsoft.Extensions.AI.EmbeddingGenerationOptions;

namespace DiploAssistant.Core.Models;

/// <summary>
/// Embedding middleware over the SDK's <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>: texts go in batches of
/// <see cref="EmbeddingModelOptions.BatchSize"/> with retries and timeouts, vectors are cached by the SHA-256 of their text,
/// and every vector must have the configured <see cref="EmbeddingModelOptions.Dimensions"/> (the store's <see cref="EmbedderIdentity"/>).
/// </summary>
public sealed class ModelEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingModelOptions _options;
    private readonly ModelResilience _resilience;
    private readonly EmbeddingCache _cache;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public ModelEmbeddingGenerator(EmbeddingModelOptions options, TimeProvider? timeProvider = null, ILogger<ModelEmbeddingGenerator>? logger = null)
        : this(options, null, null, timeProvider, logger)
    {
    }

    /// <param name="options">The connection's settings.</param>
    /// <param name="transport">The HTTP client requests go through (tests, proxies); null for the SDK's own.</param>
    /// <param name="identityTransport">The HTTP handler Azure.Identity asks Entra ID with (tests, proxies); null for its own.</param>
    /// <param name="timeProvider">The clock retries wait on.</param>
    /// <param name="logger">Where retries and failures are logged.</param>
    internal ModelEmbeddingGenerator(
        EmbeddingModelOptions options, HttpClient? transport, HttpMessageHandler? identityTransport, TimeProvider? timeProvider, ILogger<ModelEmbeddingGenerator>? logger)
        : base(ModelClientFactory.CreateEmbeddingGenerator(Checked(options), transport, identityTransport))
    {
        _options = options;
        _resilience = new ModelResilience(options, "embedding model", timeProvider ?? TimeProvider.System, logger ?? NullLogger<ModelEmbeddingGenerator>.Instance);
        _cache = new EmbeddingCache(options.CacheEntries);
        Identity = new EmbedderIdentity(options.Model!, options.Dimensions);
        _metadata = new EmbeddingGeneratorMetadata(options.Provider.ToString(), ModelClientFactory.ResolveEndpoint(options), options.Model, options.Dimensions);
    }

    /// <summary>The identity a store records for vectors made by this embedder: model id and dimensions.</summary>
    public EmbedderIdentity Identity { get; }

    /// <summary>Texts whose vectors are cached (for tests and diagnostics).</summary>
    internal int CachedCount => _cache.Count;

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, AIEmbeddingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        var keys = texts.Select(EmbeddingCache.KeyOf).ToList();
        var vectors = new ReadOnlyMemory<float>[texts.Count];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (!_cache.TryGet(keys[i], out vectors[i]))
            {
                missing.Add(i);
            }
        }

        // The same text twice in one call is sent once.
        var toSend = missing.GroupBy(i => keys[i], StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        foreach (var batch in toSend.Chunk(_options.BatchSize))
        {
            var batchVectors = await EmbedBatchAsync(batch.Select(group => texts[group[0]]).ToList(), options, cancellationToken).ConfigureAwait(false);
            for (var b = 0; b < batch.Length; b++)
            {
                _cache.Add(keys[batch[b][0]], batchVectors[b]);
                foreach (var i in batch[b])
                {
                    vectors[i] = batchVectors[b];
                }
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = _options.Model }));
        return result;
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        EmbedderServiceLookup.Find(this, serviceType, serviceKey, _metadata, Identity);

    private static EmbeddingModelOptions Checked(EmbeddingModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled || string.IsNullOrWhiteSpace(options.Model) || options.Dimensions <= 0)
        {
            throw new ArgumentException("An embedding provider, model and dimensions must be configured.", nameof(options));
        }

        return options;
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedBatchAsync(IReadOnlyList<string> texts, AIEmbeddingOptions? options, CancellationToken cancellationToken)
    {
        var generated = await _resilience.ExecuteAsync(
            async ct => await base.GenerateAsync(texts, options, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        var vectors = generated.Select(e => e.Vector).ToList();
        if (vectors.Count != texts.Count)
        {
            throw new ModelUnavailableException(
                $"The embedding model returned {vectors.Count} vectors for {texts.Count} texts.", isTransient: false);
        }

        if (vectors.FirstOrDefault(v => v.Length != _options.Dimensions) is { IsEmpty: false } wrong)
        {
            throw new ModelUnavailableException(
                $"The embedding model {_options.Model} returned vectors of {wrong.Length} dimensions, but Embeddings:Dimensions is {_options.Dimensions}. " +
                "Set Embeddings:Dimensions to the model's length, then rebuild the store (diplo reindex).",
                isTransient: false);
        }

        return vectors;
    }
}
