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

    [Fact]
    public void Validate_AcceptsAzureOpenAI_WithAServicePrincipal_AndNoKey()
    {
        Assert.True(Chat.Validate(null, Entra(new EntraOptions { TenantId = "tenant", ClientId = "client", ClientSecret = Secret })).Succeeded);
    }

    [Fact]
    public void Validate_AcceptsAzureOpenAI_WithTheHostsManagedIdentity_AndNothingElse()
    {
        Assert.True(Chat.Validate(null, Entra(new EntraOptions { ManagedIdentity = true })).Succeeded);
    }

    [Fact]
    public void Validate_NamesEveryMissingPartOfTheServicePrincipal_WhenEntraIsChosen()
    {
        var result = Chat.Validate(null, Entra(new EntraOptions()));

        Assert.Equal(["Chat:Entra:TenantId", "Chat:Entra:ClientId", "Chat:Entra:ClientSecret"], result.Failures!.Select(f => f.Split(' ')[0]));
        Assert.All(result.Failures!, f => Assert.Contains("Chat:Entra:ManagedIdentity", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesAKeyAndEntraTogether_WithoutRepeatingEitherSecret()
    {
        var options = Entra(new EntraOptions { TenantId = "tenant", ClientId = "client", ClientSecret = Secret });
        options.ApiKey = "sk-azure-key-value";

        var result = Chat.Validate(null, options);

        Assert.Equal(["Chat:ApiKey and Chat:Authentication Entra are both set; use one (remove the key, or set Chat:Authentication to ApiKey)."], result.Failures);
        Assert.DoesNotContain(result.Failures!, f => f.Contains(Secret, StringComparison.Ordinal) || f.Contains("sk-azure-key-value", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusesEntra_ForAProviderOtherThanAzureOpenAI()
    {
        var options = Entra(new EntraOptions { ManagedIdentity = true });
        options.Provider = ModelProvider.OpenAICompatible;

        var result = Chat.Validate(null, options);

        Assert.Equal(["Chat:Authentication Entra is for Chat:Provider AzureOpenAI (it is OpenAICompatible)."], result.Failures);
    }

    [Fact]
    public void Validate_RefusesAClientSecret_WithAManagedIdentity()
    {
        var result = Embeddings.Validate(null, new EmbeddingModelOptions
        {
            Provider = ModelProvider.AzureOpenAI,
            Endpoint = new Uri("https://example.openai.azure.com"),
            Model = "text-embedding-3-small",
            Dimensions = 1536,
            Authentication = ModelAuthentication.Entra,
            Entra = new EntraOptions { ManagedIdentity = true, ClientSecret = Secret },
        });

        Assert.Equal(["Embeddings:Entra:ClientSecret is not used with Embeddings:Entra:ManagedIdentity; remove one of them."], result.Failures);
    }

    [Fact]
    public void Validate_RefusesEntraSettings_WhenAuthenticationStaysApiKey()
    {
        var options = Entra(new EntraOptions { TenantId = "tenant", ClientId = "client", ClientSecret = Secret });
        options.Authentication = ModelAuthentication.ApiKey;
        options.ApiKey = "sk-azure-key-value";

        var result = Chat.Validate(null, options);

        Assert.Equal(["Chat:Entra is set but Chat:Authentication is ApiKey; set Chat:Authentication to Entra to use it, or remove Chat:Entra."], result.Failures);
    }

    [Fact]
    public void Validate_RefusesAnAuthorityThatIsNotHttps()
    {
        var result = Chat.Validate(null, Entra(new EntraOptions { ManagedIdentity = true, Instance = new Uri("http://login.example.test/") }));

        Assert.Equal(["Chat:Entra:Instance must be an absolute https URL (e.g. https://login.microsoftonline.com/)."], result.Failures);
    }

    [Theory]
    [InlineData("https://example.openai.azure.com", "https://example.openai.azure.com/")]
    [InlineData("https://example.openai.azure.com/", "https://example.openai.azure.com/")]
    [InlineData("https://example.openai.azure.com/openai/v1", "https://example.openai.azure.com/")]
    [InlineData("https://example.openai.azure.com/openai/", "https://example.openai.azure.com/")]
    public void ResolveEndpoint_GivesTheAzureClientTheResource_WhateverFormIsConfigured(string configured, string expected)
    {
        var options = new ChatModelOptions { Provider = ModelProvider.AzureOpenAI, Endpoint = new Uri(configured) };

        Assert.Equal(new Uri(expected), ModelClientFactory.ResolveEndpoint(options));
    }

    private const string Secret = "entra-secret-value";

    private static ChatModelOptions Entra(EntraOptions entra) => new()
    {
        Provider = ModelProvider.AzureOpenAI,
        Endpoint = new Uri("https://example.openai.azure.com"),
        Model = "gpt-4o-mini",
        Authentication = ModelAuthentication.Entra,
        Entra = entra,
    };
}
