using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Tests.Models;

public sealed class ModelEmbeddingGeneratorTests
{
    private static float[] VectorOf(string text) => [text.Length, text[0], 1, 0];

    [Fact]
    public async Task GenerateAsync_SendsTextsInBatches_AndReturnsVectorsInInputOrder()
    {
        await using var server = new FakeOpenAIServer().Embeddings(VectorOf);
        using var embedder = TestModels.Embedder(TestModels.EmbeddingOptions(server, batchSize: 2));

        var vectors = await embedder.GenerateAsync(["a", "bb", "ccc", "dddd", "eeeee"]);

        Assert.Equal([1f, 2f, 3f, 4f, 5f], vectors.Select(v => v.Vector.Span[0]));
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/v1/embeddings", r.Path));
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {TestModels.Key}", r.Header("Authorization")));
        Assert.Equal("test-embedder", server.Requests[0].Json()["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task GenerateAsync_EmbedsEachDistinctTextOnce_ThanksToTheContentHashCache()
    {
        await using var server = new FakeOpenAIServer().Embeddings(VectorOf);
        using var embedder = TestModels.Embedder(TestModels.EmbeddingOptions(server));

        await embedder.GenerateAsync(["같은 문장", "같은 문장", "other"]);
        var again = await embedder.GenerateAsync(["other", "같은 문장"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal(2, request.Json()["input"]!.AsArray().Count);
        Assert.Equal([5f, 5f], again.Select(v => v.Vector.Span[0]));
        Assert.Equal(2, embedder.CachedCount);
    }

    [Fact]
    public async Task GenerateAsync_RefusesVectorsOfAnotherLength_NamingTheSetting()
    {
        await using var server = new FakeOpenAIServer().Embeddings(_ => [1, 2, 3]);
        using var embedder = TestModels.Embedder(TestModels.EmbeddingOptions(server, dimensions: 4));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => embedder.GenerateAsync(["text"]));

        Assert.Contains("Embeddings:Dimensions", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task GenerateAsync_Retries_After429()
    {
        await using var server = new FakeOpenAIServer().Status("/v1/embeddings", 429).Embeddings(VectorOf);
        using var embedder = TestModels.Embedder(TestModels.EmbeddingOptions(server));

        var vectors = await embedder.GenerateAsync(["abc"]);

        Assert.Equal(3f, vectors[0].Vector.Span[0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Identity_IsTheModelAndConfiguredDimensions()
    {
        await using var server = new FakeOpenAIServer();
        using var embedder = TestModels.Embedder(TestModels.EmbeddingOptions(server, dimensions: 4));

        Assert.Equal(new EmbedderIdentity("test-embedder", 4), embedder.Identity);
        Assert.Same(embedder.Identity, embedder.GetService(typeof(EmbedderIdentity)));
    }
}
