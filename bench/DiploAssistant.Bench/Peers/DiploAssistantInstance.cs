using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Bench.Peers;

/// <summary>
/// The product as a user runs it: <c>AddDiploAssistantCore</c> with the offline defaults (hashing embedder, extractive
/// answers) over a fresh store in <paramref name="storeDirectory"/>; only the input size limit is raised, for whole-corpus dumps,
/// and <paramref name="settings"/> (a benchmark's own, e.g. <c>Ingestion:DetectWireCopies</c>) are added.
/// </summary>
internal sealed class DiploAssistantInstance(string storeDirectory, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncDisposable
{
    private readonly ServiceProvider _services = Build(storeDirectory, settings);

    public IIngestionService Ingestion => _services.GetRequiredService<IIngestionService>();

    public HybridRetriever Retriever => _services.GetRequiredService<HybridRetriever>();

    public IAskService Ask => _services.GetRequiredService<IAskService>();

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public IEmbeddingGenerator<string, Embedding<float>> Embedder => _services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static ServiceProvider Build(string storeDirectory, IReadOnlyDictionary<string, string?>? settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Path"] = storeDirectory,
                ["Ingestion:MaxBytes"] = (256L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        return new ServiceCollection()
            .AddDiploAssistantCore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
