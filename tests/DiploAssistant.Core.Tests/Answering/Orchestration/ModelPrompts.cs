using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Answering.FollowUps;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Answering.Orchestration;

/// <summary>
/// The orchestration as the product composes it (AddKernelOrchestration, the repository's prompts/), over a given chat
/// client and, for the articles plugin, a given store and retriever (else an empty store shared by the tests).
/// </summary>
internal static class ModelPrompts
{
    private static readonly Lazy<SqliteDocumentStore> EmptyStore = new(() =>
        new SqliteDocumentStore(Path.Combine(Path.GetTempPath(), "diplo-empty-" + Guid.NewGuid().ToString("N")), new KoreanTokenizer()));

    public static PromptLibrary Library { get; } = new(PromptLibrary.ResolveDirectory(null));

    public static ServiceProvider Services(
        IChatClient chat,
        IDocumentStore? store = null,
        HybridRetriever? retriever = null,
        Action<ChatModelOptions>? configure = null,
        ILoggerProvider? logs = null,
        TimeProvider? time = null)
    {
        var options = new ChatModelOptions { Provider = ModelProvider.OpenAICompatible, Model = "test-model", Endpoint = new Uri("http://127.0.0.1:1/v1") };
        configure?.Invoke(options);
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(chat);
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(Library);
        services.AddSingleton(new ExtractiveAnswerGenerator(new FakeKoreanTokenizer()));
        store ??= EmptyStore.Value;
        services.AddSingleton(store);
        services.AddSingleton(retriever ?? new HybridRetriever(store, new HashingEmbedder()));
        services.AddKernelOrchestration();
        return services.BuildServiceProvider();
    }

    public static KernelAnswerOrchestrator Orchestrator(IChatClient chat) =>
        Services(chat).GetRequiredService<KernelAnswerOrchestrator>();

    public static IQuestionRewriteModel Rewriter(IChatClient chat) =>
        Services(chat).GetRequiredService<IQuestionRewriteModel>();
}
