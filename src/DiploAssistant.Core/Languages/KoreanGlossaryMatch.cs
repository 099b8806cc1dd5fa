namespace DiploAssistant.Core.Languages;

/// <summary>A glossary entry found inside a Korean word, and the form that was found (정상회의 in 정상회의에).</summary>
internal sealed record KoreanGlossaryMatch(GlossaryEntry Entry, string Form);
