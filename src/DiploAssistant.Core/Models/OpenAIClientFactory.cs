using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;
using OpenAI;

namespace DiploAssistant.Core.Models;

/// <summary>
/// Builds the official SDK's client for a provider: the endpoint (Azure's v1 path appended), the credentials (an API key
/// header, a Microsoft Entra ID bearer token, or none), the per-attempt network timeout, and no SDK retries (<see cref="ModelResilience"/> retries, so the policy is in one place).
/// </summary>
internal static class OpenAIClientFactory
{
    public const string AzureApiKeyHeader = "api-key";

    /// <param name="options">The connection's settings.</param>
    /// <param name="httpClient">The HTTP client model requests go through (tests, proxies); null for the SDK's own.</param>
    /// <param name="tokenHttpClientFactory">The HTTP clients MSAL asks the Entra ID authority with; null for MSAL's own.</param>
    /// <param name="what">The model named in messages ("chat model").</param>
    /// <param name="logger">Where token acquisition is logged.</param>
    public static OpenAIClient Create(
        ModelOptions options,
        HttpClient? httpClient = null,
        IMsalHttpClientFactory? tokenHttpClientFactory = null,
        string what = "model",
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = ResolveEndpoint(options),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (httpClient is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(httpClient);
        }

        // The AuthenticationPolicy constructor is marked for evaluation; it is the SDK's one way to send Azure's api-key
        // header, an Entra ID token, or no credentials to a local server. Pinned to 2.15 centrally, so a change shows up at upgrade.
#pragma warning disable OPENAI001
        return new OpenAIClient(Authentication(options, tokenHttpClientFactory, what, logger ?? NullLogger.Instance), clientOptions);
#pragma warning restore OPENAI001
    }

    /// <summary>The base URL requests go to; null means the SDK's default (api.openai.com).</summary>
    public static Uri? ResolveEndpoint(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is not { } endpoint)
        {
            return null;
        }

        if (options.Provider != ModelProvider.AzureOpenAI)
        {
            return endpoint;
        }

        // Azure OpenAI's v1 API lives under /openai/v1/ of the resource; accept either form in configuration.
        var text = endpoint.AbsoluteUri.TrimEnd('/');
        return text.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase) ? new Uri(text + "/") : new Uri(text + "/openai/v1/");
    }

    private static AuthenticationPolicy Authentication(ModelOptions options, IMsalHttpClientFactory? tokenHttpClientFactory, string what, ILogger logger)
    {
        if (options.Authentication == ModelAuthentication.Entra)
        {
            return new EntraAuthenticationPolicy(new EntraTokenProvider(options.Entra, what, tokenHttpClientFactory, logger));
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new NoAuthenticationPolicy();
        }

        var credential = new ApiKeyCredential(options.ApiKey);
        return options.Provider == ModelProvider.AzureOpenAI
            ? ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(credential, AzureApiKeyHeader)
            : ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(credential);
    }
}
