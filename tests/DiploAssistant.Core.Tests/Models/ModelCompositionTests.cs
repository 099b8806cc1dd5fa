using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Composition;
using DiploAssistant.Core.Configuration;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Models;

public sealed class ModelCompositionTests
{
    [Fact]
    public async Task AddDiploAssistantCore_AnswersExtractively_WhenNoChatProviderIsConfigured()
    {
        await using var services = Build([]);

        Assert.IsType<ExtractiveAnswerGenerator>(services.GetRequiredService<IAnswerGenerator>());
        Assert.Null(services.GetService<IChatClient>());
        Assert.Equal(HashingEmbedder.ModelId, services.GetRequiredService<EmbedderIdentity>().ModelId);
    }

    [Fact]
    public async Task AddDiploAssistantCore_AnswersWithTheModel_WhenAChatProviderIsConfigured()
    {
        await using var services = Build(new()
        {
            ["Chat:Provider"] = "OpenAICompatible",
            ["Chat:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Chat:Model"] = "llama3.1:8b",
        });

        Assert.IsType<KernelAnswerOrchestrator>(services.GetRequiredService<IAnswerGenerator>());
        var chat = services.GetRequiredService<IChatClient>();
        Assert.NotNull(chat.GetService<FunctionInvokingChatClient>());
        Assert.Equal("OpenAICompatible", chat.GetService<ChatClientMetadata>()!.ProviderName);
        Assert.IsType<AskService>(services.GetRequiredService<IStreamingAskService>());
    }

    [Fact]
    public async Task AddDiploAssistantCore_EmbedsWithTheModel_AndRecordsItsIdentity_WhenAnEmbeddingProviderIsConfigured()
    {
        await using var services = Build(new()
        {
            ["Embeddings:Provider"] = "OpenAICompatible",
            ["Embeddings:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Embeddings:Model"] = "nomic-embed-text",
            ["Embeddings:Dimensions"] = "768",
        });

        Assert.IsType<ModelEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(new EmbedderIdentity("nomic-embed-text", 768), services.GetRequiredService<EmbedderIdentity>());
    }

    [Fact]
    public async Task StartupValidation_NamesTheMissingSetting_WhenAChatProviderLacksAModel()
    {
        await using var services = Build(new() { ["Chat:Provider"] = "OpenAI", ["Chat:ApiKey"] = "sk-secret-value" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Chat:Model", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiploAssistantCore_ReadsTheEntraSettings_FromTheChatSection()
    {
        await using var services = Build(new()
        {
            ["Chat:Provider"] = "AzureOpenAI",
            ["Chat:Endpoint"] = "https://example.openai.azure.com",
            ["Chat:Model"] = "gpt-4o-mini",
            ["Chat:Authentication"] = "Entra",
            ["Chat:Entra:TenantId"] = "contoso-tenant",
            ["Chat:Entra:ClientId"] = "diplo-app",
            ["Chat:Entra:ClientSecret"] = "entra-secret-value",
        });
        services.GetRequiredService<IStartupValidator>().Validate();

        var options = services.GetRequiredService<IOptions<ChatModelOptions>>().Value;

        Assert.Equal(ModelAuthentication.Entra, options.Authentication);
        Assert.Equal(("contoso-tenant", "diplo-app"), (options.Entra.TenantId, options.Entra.ClientId));
        Assert.Equal(EntraOptions.DefaultScope, options.Entra.Scope);
        Assert.Equal("AzureOpenAI", services.GetRequiredService<IChatClient>().GetService<ChatClientMetadata>()!.ProviderName);
    }

    [Fact]
    public async Task StartupValidation_NamesTheMissingEntraSetting_WithoutTheSecret()
    {
        await using var services = Build(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = "https://example.openai.azure.com",
            ["Embeddings:Model"] = "text-embedding-3-small",
            ["Embeddings:Dimensions"] = "1536",
            ["Embeddings:Authentication"] = "Entra",
            ["Embeddings:Entra:ClientId"] = "diplo-app",
            ["Embeddings:Entra:ClientSecret"] = "entra-secret-value",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Embeddings:Entra:TenantId is required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("entra-secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_ReadsTheChatEndpoint_FromTheDiploEnvironmentVariable()
    {
        Environment.SetEnvironmentVariable("DIPLO_Chat__Endpoint", "http://127.0.0.1:11434/v1");
        try
        {
            var configuration = new ConfigurationBuilder().AddDiploEnvironment().Build();
            await using var services = new ServiceCollection().AddDiploAssistantCore(configuration).BuildServiceProvider();

            Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), services.GetRequiredService<IOptions<ChatModelOptions>>().Value.Endpoint);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DIPLO_Chat__Endpoint", null);
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Store:Path"] = Path.Combine(Path.GetTempPath(), "diplo-composition-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDiploAssistantCore(configuration).BuildServiceProvider();
    }
}
