using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Analysis.Events;

/// <summary>A dated sentence of a retrieved chunk that may report an event.</summary>
/// <param name="Date">The event's day.</param>
/// <param name="Quote">The sentence as the article wrote it.</param>
/// <param name="Shown">The sentence with its relative dates written in full, shortened for one line.</param>
/// <param name="Source">The chunk it came from, with its document and retrieval score.</param>
internal sealed record EventCandidate(DateOnly Date, string Quote, string Shown, RetrievedChunk Source);
