using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Models;

/// <summary>Settings shared by the chat and embedding model connections (sections <c>Chat</c> and <c>Embeddings</c>).</summary>
public abstract class ModelOptions
{
    public ModelProvider Provider { get; set; } = ModelProvider.None;

    /// <summary>Base URL: the Azure resource (<c>https://NAME.openai.azure.com</c>) or an OpenAI-compatible <c>/v1</c> URL.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model id, or the deployment name for Azure OpenAI.</summary>
    public string? Model { get; set; }

    /// <summary>The key; never logged. Optional for OpenAI-compatible servers that need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>ApiKey (the default) or Entra (a Microsoft Entra ID token; Azure OpenAI only, configured in <see cref="Entra"/>).</summary>
    public ModelAuthentication Authentication { get; set; } = ModelAuthentication.ApiKey;

    /// <summary>The Entra ID identity used when <see cref="Authentication"/> is Entra.</summary>
    public EntraOptions Entra { get; set; } = new();

    /// <summary>Time allowed for one attempt (and, when streaming, between two reads).</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries after a 429, a 5xx, a timeout or a network failure.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; later ones back off exponentially, with jitter.</summary>
    [Range(0, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>True when a model is configured.</summary>
    public bool IsEnabled => Provider != ModelProvider.None;
}
