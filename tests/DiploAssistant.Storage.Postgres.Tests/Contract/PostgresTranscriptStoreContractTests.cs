using DiploAssistant.Core.Conversations.Transcripts;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Storage.Postgres.Tests.Contract;

/// <summary>The transcript contract against PostgreSQL, in a fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptStoreContractTests(PostgresServerFixture server) : TranscriptStoreContractTests
{
    private PostgresDocumentStore? _store;

    public override async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    protected override async Task<ITranscriptStore> OpenAsync(TranscriptOptions options)
    {
        _store = new PostgresDocumentStore(await server.CreateSchemaAsync(), new KoreanTokenizer(), Time);
        return new PostgresTranscriptStore(_store, Options.Create(options), Time);
    }
}
