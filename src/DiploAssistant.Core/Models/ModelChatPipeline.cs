using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The chat model as one <see cref="IChatClient"/> pipeline: Semantic Kernel's function invocation outermost (so a tool
/// call is run and its result sent back, with the kernel's auto-invocation filters; without it a tool call would come
/// back as empty text), then <see cref="ResilientChatClient"/> around each request, then the SDK's client.
/// </summary>
internal static class ModelChatPipeline
{
    /// <param name="options">The <c>Chat</c> settings (validated at start).</param>
    /// <param name="services">Where the pipeline finds its logger factory and the kernel's services; null for none.</param>
    /// <param name="transport">The HTTP client model requests go through (tests, proxies); null for the SDK's own.</param>
    /// <param name="identityTransport">The HTTP handler Azure.Identity asks Entra ID with; null for its own.</param>
    public static IChatClient Build(ChatModelOptions options, IServiceProvider? services = null, HttpClient? transport = null, HttpMessageHandler? identityTransport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled || string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("A chat provider and model must be configured.", nameof(options));
        }

        services ??= new ServiceCollection().BuildServiceProvider();
        var loggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return new ChatClientBuilder(ModelClientFactory.CreateChatClient(options, transport, identityTransport))
            .UseKernelFunctionInvocation(loggerFactory)
            .Use(inner => new ResilientChatClient(inner, options, time, loggerFactory.CreateLogger<ResilientChatClient>()))
            .Build(services);
    }
}
