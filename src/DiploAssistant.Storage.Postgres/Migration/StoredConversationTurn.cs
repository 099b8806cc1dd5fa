using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Conversations;

namespace DiploAssistant.Storage.Postgres.Migration;

/// <summary>One remembered turn read from a store, with the conversation it belongs to.</summary>
internal sealed record StoredConversationTurn(string ConversationId, ConversationTurn Turn);
