using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.AI;
using OpenAI;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The official SDK clients for a provider, as Microsoft.Extensions.AI abstractions: <see cref="OpenAIClient"/> for OpenAI
/// and OpenAI-compatible servers, <see cref="AzureOpenAIClient"/> for Azure OpenAI (its <c>api-key</c> header, or a
/// Microsoft Entra ID token from <see cref="EntraCredentials"/>). The SDK's own retries are off and its network timeout is
/// the attempt timeout: <see cref="ResilientChatClient"/> and <see cref="ModelEmbeddingGenerator"/> retry, so the policy is in one place.
/// </summary>
internal static class ModelClientFactory
{
    /// <param name="options">The connection's settings.</param>
    /// <param name="transport">The HTTP client model requests go through (tests, proxies); null for the SDK's own.</param>
    /// <param name="identityTransport">The HTTP handler Azure.Identity asks Entra ID with (tests, proxies); null for its own.</param>
    public static IChatClient CreateChatClient(ChatModelOptions options, HttpClient? transport = null, HttpMessageHandler? identityTransport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.Model ?? throw new ArgumentException("A chat model must be configured.", nameof(options));
        return options.Provider == ModelProvider.AzureOpenAI
            ? CreateAzure(options, transport, identityTransport).GetChatClient(model).AsIChatClient()
            : CreateOpenAI(options, transport).GetChatClient(model).AsIChatClient();
    }

    /// <inheritdoc cref="CreateChatClient"/>
    public static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(
        EmbeddingModelOptions options, HttpClient? transport = null, HttpMessageHandler? identityTransport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.Model ?? throw new ArgumentException("An embedding model must be configured.", nameof(options));
        return options.Provider == ModelProvider.AzureOpenAI
            ? CreateAzure(options, transport, identityTransport).GetEmbeddingClient(model).AsIEmbeddingGenerator()
            : CreateOpenAI(options, transport).GetEmbeddingClient(model).AsIEmbeddingGenerator();
    }

    /// <summary>The base URL requests go to, as reported in metadata; null means the SDK's default (api.openai.com).</summary>
    public static Uri? ResolveEndpoint(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is not { } endpoint || options.Provider != ModelProvider.AzureOpenAI)
        {
            return options.Endpoint;
        }

        // The Azure client takes the resource; accept the v1 form (…/openai/v1) that earlier settings used.
        var text = endpoint.AbsoluteUri.TrimEnd('/');
        foreach (var suffix in new[] { "/openai/v1", "/openai" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return new Uri(text[..^suffix.Length] + "/");
            }
        }

        return new Uri(text + "/");
    }

    private static OpenAIClient CreateOpenAI(ModelOptions options, HttpClient? transport)
    {
        var clientOptions = Configure(new OpenAIClientOptions { Endpoint = options.Endpoint }, options, transport);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            // A local server (Ollama) configured without a key gets no Authorization header at all. The policy constructor
            // is marked for evaluation; it is the SDK's one way to send no credentials.
#pragma warning disable OPENAI001
            return new OpenAIClient(new NoAuthenticationPolicy(), clientOptions);
#pragma warning restore OPENAI001
        }

        return new OpenAIClient(new ApiKeyCredential(options.ApiKey), clientOptions);
    }

    private static AzureOpenAIClient CreateAzure(ModelOptions options, HttpClient? transport, HttpMessageHandler? identityTransport)
    {
        var endpoint = ResolveEndpoint(options) ?? throw new ArgumentException("Azure OpenAI needs an endpoint.", nameof(options));
        var clientOptions = Configure(new AzureOpenAIClientOptions(), options, transport);
        if (options.Authentication == ModelAuthentication.Entra)
        {
            clientOptions.Audience = options.Entra.Scope;
            TokenCredential credential = EntraCredentials.Create(options.Entra, identityTransport);
            return new AzureOpenAIClient(endpoint, credential, clientOptions);
        }

        return new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey ?? ""), clientOptions);
    }

    private static T Configure<T>(T clientOptions, ModelOptions options, HttpClient? transport)
        where T : ClientPipelineOptions
    {
        clientOptions.NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        if (transport is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(transport);
        }

        return clientOptions;
    }
}
