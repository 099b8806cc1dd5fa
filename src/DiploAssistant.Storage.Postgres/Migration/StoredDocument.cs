using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>A document read from a store, with the time it was first ingested there.</summary>
internal sealed record StoredDocument(DocumentUpsert Document, DateTimeOffset IngestedAt);
