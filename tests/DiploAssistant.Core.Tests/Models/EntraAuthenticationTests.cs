using DiploAssistant.Core.Models;
using DiploAssistant.Core.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiploAssistant.Core.Tests.Models;

/// <summary>
/// Azure OpenAI with <c>Authentication = Entra</c>: the Azure OpenAI SDK and Azure.Identity against a loopback Entra ID authority and
/// a loopback Azure OpenAI endpoint. The token goes in <c>Authorization: Bearer</c>, never an api-key header.
/// </summary>
public sealed class EntraAuthenticationTests : IAsyncLifetime
{
    private const string Secret = "entra-secret-0123456789";
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Who met Kallas?")];
    private LoopbackEntraAuthority _authority = null!;

    public async Task InitializeAsync() => _authority = await LoopbackEntraAuthority.StartAsync();

    public async Task DisposeAsync() => await _authority.DisposeAsync();

    [Fact]
    public async Task Chat_SendsTheServicePrincipalsToken_AsBearer_AndNoApiKey()
    {
        await using var azure = new FakeOpenAIServer().Chat("Cho Hyun met Kallas [1].", path: "/openai/deployments/gpt-4o-mini/chat/completions");
        using var client = Chat(azure);

        var response = await client.GetResponseAsync(Prompt);

        Assert.Equal("Cho Hyun met Kallas [1].", response.Text);
        var request = Assert.Single(azure.Requests);
        Assert.Equal("Bearer entra-token-1", request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        var tokenRequest = Assert.Single(_authority.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal("contoso-tenant", tokenRequest["tenant"]);
        Assert.Equal("diplo-app", tokenRequest["client_id"]);
        Assert.Equal(Secret, tokenRequest["client_secret"]);
        Assert.Equal("https://cognitiveservices.azure.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task Embeddings_SendTheToken_AsBearer_AndNoApiKey()
    {
        await using var azure = new FakeOpenAIServer().Embeddings(_ => [1, 0, 0, 0], path: "/openai/deployments/gpt-4o-mini/embeddings");
        using var embedder = new ModelEmbeddingGenerator(
            EntraOptions(new EmbeddingModelOptions { Dimensions = 4 }, azure), null, _authority.Handler, TimeProvider.System,
            NullLogger<ModelEmbeddingGenerator>.Instance);

        await embedder.GenerateAsync(["조현 외교부 장관"]);

        var request = Assert.Single(azure.Requests);
        Assert.Equal("Bearer entra-token-1", request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
    }

    [Fact]
    public async Task TheToken_IsCached_AcrossRequests()
    {
        await using var azure = new FakeOpenAIServer().Chat("ok [1]", path: "/openai/deployments/gpt-4o-mini/chat/completions");
        using var client = Chat(azure);

        // Azure.Identity caches the token once acquired (a burst before the first token may ask more than once).
        await client.GetResponseAsync(Prompt);
        await Task.WhenAll(client.GetResponseAsync(Prompt), client.GetResponseAsync(Prompt));

        Assert.Single(_authority.TokenRequests);
        Assert.All(azure.Requests, r => Assert.Equal("Bearer entra-token-1", r.Header("Authorization")));
        Assert.Equal(3, azure.Requests.Count);
    }

    [Fact]
    public async Task ATokenAboutToExpire_IsReplaced_BeforeTheNextRequest()
    {
        _authority.ExpiresInSeconds = 120;
        await using var azure = new FakeOpenAIServer().Chat("ok [1]", path: "/openai/deployments/gpt-4o-mini/chat/completions");
        using var client = Chat(azure);

        await client.GetResponseAsync(Prompt);
        await client.GetResponseAsync(Prompt);

        Assert.Equal(2, _authority.TokenRequests.Count);
        Assert.Equal(["Bearer entra-token-1", "Bearer entra-token-2"], azure.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task ARefusedCredential_MakesTheModelUnavailable_WithoutCallingIt_OrRevealingTheSecret()
    {
        _authority.RefuseClients = true;
        await using var azure = new FakeOpenAIServer().Chat("never sent", path: "/openai/deployments/gpt-4o-mini/chat/completions");
        using var client = Chat(azure);

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => client.GetResponseAsync(Prompt));

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Empty(azure.Requests);
    }

    [Fact]
    public async Task TheManagedIdentity_GetsATokenForTheCognitiveServicesResource()
    {
        await using var azure = new FakeOpenAIServer().Chat("ok [1]", path: "/openai/deployments/gpt-4o-mini/chat/completions");
        var options = EntraOptions(new ChatModelOptions(), azure);
        options.Entra = new EntraOptions { ManagedIdentity = true, ClientId = "user-assigned-id" };
        using var environment = new ManagedIdentityEnvironment(_authority.ManagedIdentityEndpoint, "identity-header-value");
        using var client = ModelChatPipeline.Build(options, identityTransport: _authority.Handler);

        await client.GetResponseAsync(Prompt);

        Assert.Equal("Bearer entra-token-1", Assert.Single(azure.Requests).Header("Authorization"));
        var tokenRequest = Assert.Single(_authority.TokenRequests);
        Assert.Equal("https://cognitiveservices.azure.com", tokenRequest["resource"]);
        Assert.Equal("user-assigned-id", tokenRequest["client_id"]);
        Assert.Equal("identity-header-value", tokenRequest["identity-header"]);
    }

    private IChatClient Chat(FakeOpenAIServer azure) =>
        ModelChatPipeline.Build(EntraOptions(new ChatModelOptions(), azure), identityTransport: _authority.Handler);

    private T EntraOptions<T>(T options, FakeOpenAIServer azure)
        where T : ModelOptions
    {
        options.Provider = ModelProvider.AzureOpenAI;
        options.Endpoint = azure.Root;
        options.Model = "gpt-4o-mini";
        options.Authentication = ModelAuthentication.Entra;
        options.Entra = new EntraOptions
        {
            TenantId = "contoso-tenant",
            ClientId = "diplo-app",
            ClientSecret = Secret,
            Instance = _authority.Instance,
            ValidateAuthority = false,
        };
        options.TimeoutSeconds = 10;
        options.MaxRetries = 0;
        return options;
    }

    /// <summary>App Service's managed identity variables, set for one test and restored after it.</summary>
    private sealed class ManagedIdentityEnvironment : IDisposable
    {
        public ManagedIdentityEnvironment(Uri endpoint, string header)
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.AbsoluteUri);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", header);
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}
