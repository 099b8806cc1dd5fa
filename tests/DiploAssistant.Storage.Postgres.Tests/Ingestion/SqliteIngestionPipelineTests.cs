using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Storage.Sqlite;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Storage.Postgres.Tests.Ingestion;

/// <summary>Batched ingestion into the embedded SQLite store, in a fresh directory per test.</summary>
public sealed class SqliteIngestionPipelineTests : IngestionPipelineContractTests
{
    protected override Task<IDocumentStore> OpenStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(WorkDirectory, "store"), new KoreanTokenizer(), Time));
}
