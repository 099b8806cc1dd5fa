using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Models;

/// <summary>
/// Chat middleware: each model call is retried and bounded by <see cref="ModelResilience"/> (a stream's start only), and what
/// still fails becomes <see cref="ModelUnavailableException"/>. Requests that set no temperature or output limit get the
/// <c>Chat</c> section's (the prompt files' execution settings come first).
/// </summary>
internal sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ChatModelOptions _options;
    private readonly ModelResilience _resilience;
    private readonly ChatClientMetadata _metadata;

    public ResilientChatClient(IChatClient inner, ChatModelOptions options, TimeProvider timeProvider, ILogger logger)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _resilience = new ModelResilience(options, "chat model", timeProvider, logger);
        _metadata = new ChatClientMetadata(options.Provider.ToString(), ModelClientFactory.ResolveEndpoint(options), options.Model);
    }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = messages.ToList();
        var settings = WithDefaults(options);
        return _resilience.ExecuteAsync(async ct => await base.GetResponseAsync(request, settings, ct).ConfigureAwait(false), cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = messages.ToList();
        var settings = WithDefaults(options);
        var (enumerator, hasCurrent) = await _resilience.StartStreamAsync(
            ct => base.GetStreamingResponseAsync(request, settings, ct), cancellationToken).ConfigureAwait(false);
        await using (enumerator.ConfigureAwait(false))
        {
            while (hasCurrent)
            {
                yield return enumerator.Current;
                hasCurrent = await _resilience.MoveNextAsync(enumerator, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata : base.GetService(serviceType, serviceKey);

    private ChatOptions WithDefaults(ChatOptions? options)
    {
        var settings = options?.Clone() ?? new ChatOptions();
        settings.Temperature ??= _options.Temperature;
        settings.MaxOutputTokens ??= _options.MaxOutputTokens;
        return settings;
    }
}
