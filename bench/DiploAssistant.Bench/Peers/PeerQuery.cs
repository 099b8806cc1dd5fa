namespace DiploAssistant.Bench.Peers;

/// <summary>One query; <see cref="From"/>/<see cref="To"/> (inclusive) bound the windowed variant of an engine.</summary>
internal sealed record PeerQuery(string Id, string Text, DateOnly? From = null, DateOnly? To = null);
