using System.ClientModel.Primitives;

namespace DiploAssistant.Core.Models;

/// <summary>Sends a Microsoft Entra ID token as <c>Authorization: Bearer</c> on every request of the OpenAI client's pipeline.</summary>
internal sealed class EntraAuthenticationPolicy(EntraTokenProvider tokens) : AuthenticationPolicy
{
    /// <summary>MSAL acquires tokens asynchronously only; the adapters call the SDK's async methods alone.</summary>
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        throw new NotSupportedException("Microsoft Entra ID authentication is available to asynchronous model calls only.");

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var token = await tokens.GetTokenAsync(message.CancellationToken).ConfigureAwait(false);
        message.Request.Headers.Set("Authorization", "Bearer " + token);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }
}
