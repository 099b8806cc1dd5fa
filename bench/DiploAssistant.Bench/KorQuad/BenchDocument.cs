namespace DiploAssistant.Bench.KorQuad;

/// <summary>A document indexed by the bench: a KorQuAD paragraph or a distractor article.</summary>
internal sealed record BenchDocument(string Id, string Title, string Text, string Source, DateOnly? Published, string Language);
