using System.Runtime.CompilerServices;
using DiploAssistant.Core.Models;
using Microsoft.Extensions.AI;

namespace DiploAssistant.Core.Tests.Models;

/// <summary>
/// A hand-written chat model: records every prompt and answers with <see cref="Reply"/> (which sees the prompt, so a test
/// can model a gullible model), or fails with <see cref="ModelUnavailableException"/> when <see cref="Unavailable"/> is set.
/// Streaming splits the reply into small deltas.
/// </summary>
internal sealed class FakeChatClient : IChatClient
{
    public FakeChatClient(string reply)
        : this(_ => reply)
    {
    }

    public FakeChatClient(Func<IReadOnlyList<ChatMessage>, string> reply)
    {
        Reply = reply;
    }

    public Func<IReadOnlyList<ChatMessage>, string> Reply { get; set; }

    public bool Unavailable { get; set; }

    public List<IReadOnlyList<ChatMessage>> Prompts { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = Record(messages);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Reply(prompt))));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prompt = Record(messages);
        var reply = Reply(prompt);
        for (var i = 0; i < reply.Length; i += 4)
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, reply.Substring(i, Math.Min(4, reply.Length - i)));
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("fake", null, "fake-model") : null;

    public void Dispose()
    {
    }

    private List<ChatMessage> Record(IEnumerable<ChatMessage> messages)
    {
        if (Unavailable)
        {
            throw new ModelUnavailableException("The chat model is unavailable: it could not be reached.");
        }

        var prompt = messages.ToList();
        Prompts.Add(prompt);
        return prompt;
    }
}
