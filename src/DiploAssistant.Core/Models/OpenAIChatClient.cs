using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;
using OpenAI.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatOptions = Microsoft.Extensions.AI.ChatOptions;
using SdkChatMessage = OpenAI.Chat.ChatMessage;

namespace DiploAssistant.Core.Models;

/// <summary>
/// <see cref="IChatClient"/> over the official OpenAI SDK for Azure OpenAI, OpenAI and OpenAI-compatible servers: text
/// messages in, text out (buffered or streamed), with retries and timeouts; failures become <see cref="ModelUnavailableException"/>.
/// </summary>
public sealed class OpenAIChatClient : IChatClient
{
    private readonly ChatClient _client;
    private readonly ChatModelOptions _options;
    private readonly ModelResilience _resilience;
    private readonly ChatClientMetadata _metadata;

    public OpenAIChatClient(ChatModelOptions options, TimeProvider? timeProvider = null, ILogger<OpenAIChatClient>? logger = null)
        : this(options, null, timeProvider, logger)
    {
    }

    /// <param name="httpClient">The HTTP client requests go through (tests, proxies); null for the SDK's own.</param>
    /// <param name="tokenHttpClientFactory">The HTTP clients MSAL asks Entra ID with (tests, proxies); null for MSAL's own.</param>
    internal OpenAIChatClient(ChatModelOptions options, HttpClient? httpClient, TimeProvider? timeProvider, ILogger<OpenAIChatClient>? logger,
        IMsalHttpClientFactory? tokenHttpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled || string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("A chat provider and model must be configured.", nameof(options));
        }

        _options = options;
        _client = OpenAIClientFactory.Create(options, httpClient, tokenHttpClientFactory, "chat model", logger).GetChatClient(options.Model);
        _resilience = new ModelResilience(options, "chat model", timeProvider ?? TimeProvider.System, logger ?? NullLogger<OpenAIChatClient>.Instance);
        _metadata = new ChatClientMetadata(options.Provider.ToString(), OpenAIClientFactory.ResolveEndpoint(options), options.Model);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AIChatMessage> messages, AIChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ToSdkMessages(messages);
        var completionOptions = ToSdkOptions(options);
        var completion = await _resilience.ExecuteAsync(
            async ct => (await _client.CompleteChatAsync(request, completionOptions, ct).ConfigureAwait(false)).Value,
            cancellationToken).ConfigureAwait(false);
        var text = string.Concat(completion.Content.Select(part => part.Text));
        return new ChatResponse(new AIChatMessage(ChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            FinishReason = ToFinishReason(completion.FinishReason),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AIChatMessage> messages, AIChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = ToSdkMessages(messages);
        var completionOptions = ToSdkOptions(options);
        var (enumerator, hasCurrent) = await _resilience.StartStreamAsync(
            ct => _client.CompleteChatStreamingAsync(request, completionOptions, ct), cancellationToken).ConfigureAwait(false);
        await using (enumerator.ConfigureAwait(false))
        {
            while (hasCurrent)
            {
                var update = enumerator.Current;
                var text = string.Concat(update.ContentUpdate.Select(part => part.Text));
                if (text.Length > 0 || update.FinishReason is not null)
                {
                    yield return new ChatResponseUpdate(ChatRole.Assistant, text)
                    {
                        ModelId = update.Model,
                        FinishReason = update.FinishReason is { } reason ? ToFinishReason(reason) : null,
                    };
                }

                hasCurrent = await _resilience.MoveNextAsync(enumerator, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
    }

    private static List<SdkChatMessage> ToSdkMessages(IEnumerable<AIChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Select(m => m.Role == ChatRole.System
                ? (SdkChatMessage)new SystemChatMessage(m.Text)
                : m.Role == ChatRole.Assistant
                    ? new AssistantChatMessage(m.Text)
                    : new UserChatMessage(m.Text))
            .ToList();
    }

    private ChatCompletionOptions ToSdkOptions(AIChatOptions? options) => new()
    {
        Temperature = options?.Temperature ?? _options.Temperature,
        MaxOutputTokenCount = options?.MaxOutputTokens ?? _options.MaxOutputTokens,
    };

    private static Microsoft.Extensions.AI.ChatFinishReason ToFinishReason(OpenAI.Chat.ChatFinishReason reason) => reason switch
    {
        OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
        OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
        OpenAI.Chat.ChatFinishReason.ToolCalls or OpenAI.Chat.ChatFinishReason.FunctionCall => Microsoft.Extensions.AI.ChatFinishReason.ToolCalls,
        _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
    };
}
