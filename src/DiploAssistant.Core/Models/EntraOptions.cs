namespace DiploAssistant.Core.Models;

/// <summary>
/// The Microsoft Entra ID identity that calls Azure OpenAI when <c>Authentication</c> is Entra (sections <c>Chat:Entra</c>,
/// <c>Embeddings:Entra</c>): a service principal (<see cref="TenantId"/>, <see cref="ClientId"/>, <see cref="ClientSecret"/>),
/// the host's managed identity (<see cref="ManagedIdentity"/>; <see cref="ClientId"/> names a user-assigned one), or
/// <see cref="DefaultCredential"/>. Tokens come from Azure.Identity.
/// The identity needs the "Cognitive Services OpenAI User" role on the resource.
/// </summary>
public sealed class EntraOptions
{
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The directory (tenant) id of the service principal.</summary>
    public string? TenantId { get; set; }

    /// <summary>The application (client) id: the service principal's, or a user-assigned managed identity's.</summary>
    public string? ClientId { get; set; }

    /// <summary>The service principal's client secret; never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Use the managed identity of the host (App Service, Container Apps, a VM) instead of a client secret.</summary>
    public bool ManagedIdentity { get; set; }

    /// <summary>
    /// Use <c>DefaultAzureCredential</c>: environment variables, workload identity, managed identity, then the developer's
    /// Azure CLI or Visual Studio sign-in (<see cref="ClientId"/> names a user-assigned identity, <see cref="TenantId"/> a tenant).
    /// </summary>
    public bool DefaultCredential { get; set; }

    /// <summary>The Entra ID login host (another cloud's, e.g. <c>https://login.microsoftonline.us/</c>).</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The scope tokens are requested for.</summary>
    public string Scope { get; set; } = DefaultScope;

    /// <summary>Check the authority against Entra ID's known hosts (off only for a private or test authority).</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>True when any identity setting is given (so it can be flagged when Entra is not selected).</summary>
    internal bool HasIdentitySettings =>
        !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret) || ManagedIdentity || DefaultCredential;
}
