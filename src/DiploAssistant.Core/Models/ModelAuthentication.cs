namespace DiploAssistant.Core.Models;

/// <summary>How requests to the model prove who sends them (<c>Chat:Authentication</c>, <c>Embeddings:Authentication</c>).</summary>
public enum ModelAuthentication
{
    /// <summary><c>ApiKey</c> when one is set (Azure's <c>api-key</c> header, else <c>Authorization: Bearer</c>); none otherwise.</summary>
    ApiKey,

    /// <summary>
    /// A Microsoft Entra ID token for <see cref="EntraOptions.Scope"/>, as <c>Authorization: Bearer</c>: a service principal's
    /// client credentials, or the host's managed identity (<see cref="EntraOptions"/>). Azure OpenAI only.
    /// </summary>
    Entra,
}
