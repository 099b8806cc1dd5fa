using DiploAssistant.Core;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// The offline embedder (64 dimensions), except for texts holding <see cref="Marker"/>: for those it fails as a model can,
/// by refusing the text (<see cref="EmbedderFault.Refuses"/>) or by returning a vector of the wrong length.
/// </summary>
internal sealed class FaultyEmbedder(EmbedderFault fault) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string Marker = "손상된";

    private readonly HashingEmbedder _inner = new(64);

    public EmbedderIdentity Identity => _inner.Identity;

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            var faulty = fault != EmbedderFault.None && text.Contains(Marker, StringComparison.Ordinal);
            if (faulty && fault == EmbedderFault.Refuses)
            {
                throw new DiploException("The embedding model refused the text.");
            }

            result.Add(new Embedding<float>(faulty ? new float[7] : _inner.Embed(text)));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() => _inner.Dispose();
}
