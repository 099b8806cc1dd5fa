namespace DiploAssistant.Bench.RealTimeQa;

/// <summary>One quiz question with its date (the as-of date), the correct choice texts and the gold documents.</summary>
internal sealed record RealTimeQaQuestion(string Id, DateOnly Date, string Text, IReadOnlyList<string> AnswerTexts, IReadOnlySet<string> GoldDocumentIds);
