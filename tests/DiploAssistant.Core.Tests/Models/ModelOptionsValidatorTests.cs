using DiploAssistant.Core.Models;

namespace DiploAssistant.Core.Tests.Models;

public sealed class ModelOptionsValidatorTests
{
    private static readonly ModelOptionsValidator<ChatModelOptions> Chat = new("Chat");
    private static readonly ModelOptionsValidator<EmbeddingModelOptions> Embeddings = new("Embeddings");

    [Fact]
    public void Validate_AcceptsNone_WithNothingElseSet()
    {
        Assert.True(Chat.Validate(null, new ChatModelOptions()).Succeeded);
    }

    [Fact]
    public void Validate_RequiresEndpointAndModel_ForACompatibleServer()
    {
        var result = Chat.Validate(null, new ChatModelOptions { Provider = ModelProvider.OpenAICompatible });

        Assert.Contains(result.Failures!, f => f.StartsWith("Chat:Endpoint", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Chat:Model", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.StartsWith("Chat:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RequiresAKey_ButNoEndpoint_ForOpenAI()
    {
        var result = Chat.Validate(null, new ChatModelOptions { Provider = ModelProvider.OpenAI, Model = "gpt-4o-mini" });

        Assert.Equal(["Chat:ApiKey is required when Chat:Provider is OpenAI (set it in configuration or DIPLO_Chat__ApiKey)."], result.Failures);
    }

    [Fact]
    public void Validate_RequiresAKey_ForAzureOpenAI()
    {
        var result = Chat.Validate(null, new ChatModelOptions
        {
            Provider = ModelProvider.AzureOpenAI,
            Endpoint = new Uri("https://example.openai.azure.com"),
            Model = "gpt-4o",
        });

        Assert.Contains(result.Failures!, f => f.StartsWith("Chat:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RequiresDimensions_ForAnEmbeddingModel()
    {
        var result = Embeddings.Validate(null, new EmbeddingModelOptions
        {
            Provider = ModelProvider.OpenAICompatible,
            Endpoint = new Uri("http://127.0.0.1:11434/v1"),
            Model = "nomic-embed-text",
        });

        Assert.Contains(result.Failures!, f => f.StartsWith("Embeddings:Dimensions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.openai.azure.com", "https://example.openai.azure.com/openai/v1/")]
    [InlineData("https://example.openai.azure.com/", "https://example.openai.azure.com/openai/v1/")]
    [InlineData("https://example.openai.azure.com/openai/v1", "https://example.openai.azure.com/openai/v1/")]
    public void ResolveEndpoint_AppendsTheV1Path_ForAzureOpenAI(string configured, string expected)
    {
        var options = new ChatModelOptions { Provider = ModelProvider.AzureOpenAI, Endpoint = new Uri(configured) };

        Assert.Equal(new Uri(expected), OpenAIClientFactory.ResolveEndpoint(options));
    }
}
