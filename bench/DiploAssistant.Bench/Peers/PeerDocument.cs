namespace DiploAssistant.Bench.Peers;

/// <summary>One document as every engine of a comparison indexes it: title and text, and its date for windowed queries.</summary>
internal sealed record PeerDocument(string Id, string Title, string Text, DateOnly? Published);
