using DiploAssistant.Core.Models;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Tests.Models;

/// <summary>Adapters pointed at a fake server, with quick retries so failure tests stay fast.</summary>
internal static class TestModels
{
    public const string Key = "sk-test-0123456789";

    public static ChatModelOptions ChatOptions(FakeOpenAIServer server, ModelProvider provider = ModelProvider.OpenAICompatible, string? key = Key) => new()
    {
        Provider = provider,
        Endpoint = provider == ModelProvider.AzureOpenAI ? server.Root : server.BaseUrl,
        Model = "test-model",
        ApiKey = key,
        TimeoutSeconds = 5,
        MaxRetries = 2,
        RetryDelayMilliseconds = 1,
    };

    public static EmbeddingModelOptions EmbeddingOptions(FakeOpenAIServer server, int dimensions = 4, int batchSize = 64) => new()
    {
        Provider = ModelProvider.OpenAICompatible,
        Endpoint = server.BaseUrl,
        Model = "test-embedder",
        ApiKey = Key,
        Dimensions = dimensions,
        BatchSize = batchSize,
        TimeoutSeconds = 5,
        MaxRetries = 2,
        RetryDelayMilliseconds = 1,
    };

    /// <summary>The chat pipeline the product builds (SK function invocation, retries, the SDK's client).</summary>
    public static IChatClient Chat(ChatModelOptions options) => ModelChatPipeline.Build(options);

    public static ModelEmbeddingGenerator Embedder(EmbeddingModelOptions options) =>
        new(options, null, null, TimeProvider.System, NullLogger<ModelEmbeddingGenerator>.Instance);
}
