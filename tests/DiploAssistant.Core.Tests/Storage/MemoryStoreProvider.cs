using DiploAssistant.Core.Conversations;
using DiploAssistant.Core.Feedback;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Tests.Storage;

/// <summary>Registers <see cref="MemoryDocumentStore"/> as <c>Store:Provider = Memory</c>, as any backend outside Core would.</summary>
internal sealed class MemoryStoreProvider : IStoreProvider
{
    public string Name => "Memory";

    public IDocumentStore CreateDocumentStore(StoreOptions options, IServiceProvider services) => new MemoryDocumentStore();

    public IConversationStore CreateConversationStore(IDocumentStore documents, IServiceProvider services) =>
        new InMemoryConversationStore(
            services.GetRequiredService<IOptions<ConversationHistoryOptions>>(),
            services.GetRequiredService<TimeProvider>());

    public IFeedbackStore CreateFeedbackStore(IDocumentStore documents, IServiceProvider services) => new InMemoryFeedbackStore();

    public IConversationAddressStore CreateConversationAddressStore(IDocumentStore documents, IServiceProvider services) =>
        new InMemoryConversationAddressStore();

    public IWatchStore CreateWatchStore(IDocumentStore documents, IServiceProvider services) => new InMemoryWatchStore();
}
