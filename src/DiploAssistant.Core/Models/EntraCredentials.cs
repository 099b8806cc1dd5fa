using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The Azure.Identity credential for <see cref="EntraOptions"/>: a service principal's client secret, the host's managed
/// identity (system- or user-assigned), or <see cref="DefaultAzureCredential"/>'s chain. Azure.Identity caches the token and
/// the Azure OpenAI client renews it before it expires.
/// </summary>
internal static class EntraCredentials
{
    /// <param name="options">The identity settings (validated at start).</param>
    /// <param name="transport">The HTTP handler token requests go through (tests, proxies); null for Azure.Identity's own.</param>
    public static TokenCredential Create(EntraOptions options, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId;
        if (options.DefaultCredential)
        {
            return new DefaultAzureCredential(Configure(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = clientId,
                TenantId = string.IsNullOrWhiteSpace(options.TenantId) ? null : options.TenantId,
            }, options, transport));
        }

        if (options.ManagedIdentity)
        {
            var id = clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId);
            return new ManagedIdentityCredential(Configure(new ManagedIdentityCredentialOptions(id), options, transport));
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, Configure(new ClientSecretCredentialOptions(), options, transport));
    }

    private static T Configure<T>(T credentialOptions, EntraOptions options, HttpMessageHandler? transport)
        where T : TokenCredentialOptions
    {
        credentialOptions.AuthorityHost = options.Instance;
        if (credentialOptions is ClientSecretCredentialOptions secret)
        {
            secret.DisableInstanceDiscovery = !options.ValidateAuthority;
        }
        else if (credentialOptions is DefaultAzureCredentialOptions chain)
        {
            chain.DisableInstanceDiscovery = !options.ValidateAuthority;
        }

        if (transport is not null)
        {
            credentialOptions.Transport = new HttpClientTransport(transport);
        }

        return credentialOptions;
    }
}
