using DiploAssistant.Core.Conversations.Transcripts;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The transcript contract against the in-process store of the single-server default.</summary>
public sealed class InMemoryTranscriptStoreContractTests : TranscriptStoreContractTests
{
    protected override Task<ITranscriptStore> OpenAsync(TranscriptOptions options) =>
        Task.FromResult<ITranscriptStore>(new InMemoryTranscriptStore(Options.Create(options), Time));
}
