namespace DiploAssistant.Bench.KorQuad;

/// <summary>A KorQuAD question and the id of the paragraph that answers it.</summary>
internal sealed record BenchQuestion(string Id, string Text, string GoldDocumentId);
